/// A config file with one IAM Identity Center profile of each form, for the SSO tests.
enum SSOProfiles {
    /// `prod` uses sso-session `corp`; `dev` is a legacy profile.
    static let config = """
        [profile prod]
        sso_session = corp
        sso_account_id = 111122223333
        sso_role_name = ReadOnly
        region = eu-west-1

        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = us-east-1
        sso_registration_scopes = sso:account:access

        [profile dev]
        sso_start_url = https://legacy.awsapps.com/start
        sso_region = eu-central-1
        sso_account_id = 444455556666
        sso_role_name = Developer

        """

    static let corpStartURL = "https://corp.awsapps.com/start"
    static let legacyStartURL = "https://legacy.awsapps.com/start"
}
