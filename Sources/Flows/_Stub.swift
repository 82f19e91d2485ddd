import Telephony
