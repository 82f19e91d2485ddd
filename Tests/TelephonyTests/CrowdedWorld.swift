import Flows

/// The built-in flows, which the crowded walk world runs on.
func crowdedFlows() -> FlowLibrary { FlowLibrary(BuiltInFlows.all) }
