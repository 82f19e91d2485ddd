import CCP
