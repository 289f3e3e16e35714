import AFQTestSupport

extension TemporaryFolder {
    /// An environment whose HOME is this folder, with instance metadata off so nothing leaves
    /// the machine; add to it per test. Shared config files written here are passed by path
    /// through such an environment, so no test reads or writes the real `~/.aws`.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ["HOME": path, "PATH": "/usr/bin:/bin", "AWS_EC2_METADATA_DISABLED": "true"]
        environment.merge(extra) { _, new in new }
        return environment
    }
}
