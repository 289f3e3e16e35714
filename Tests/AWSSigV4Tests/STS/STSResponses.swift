/// STS answers as the service sends them (AWS STS API Reference, each action's "Examples"),
/// with made-up keys.
enum STSResponses {
    static let assumeRole = """
        <?xml version="1.0" encoding="UTF-8"?>
        <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <AssumeRoleResult>
            <SourceIdentity>DevUser123</SourceIdentity>
            <Credentials>
              <AccessKeyId>ASIA444455556666TEST</AccessKeyId>
              <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>
              <SessionToken>IQoJb3JpZ2luX2VjEXAMPLE+token/with/slashes==</SessionToken>
              <Expiration>2026-12-07T05:15:08.209089Z</Expiration>
            </Credentials>
            <AssumedRoleUser>
              <AssumedRoleId>AROA3XFRBF535PLBIFPI4:afq-1796616908</AssumedRoleId>
              <Arn>arn:aws:sts::444455556666:assumed-role/AppFlowRead/afq-1796616908</Arn>
            </AssumedRoleUser>
            <PackedPolicySize>6</PackedPolicySize>
          </AssumeRoleResult>
          <ResponseMetadata>
            <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
          </ResponseMetadata>
        </AssumeRoleResponse>

        """

    static let assumeRoleWithWebIdentity = """
        <AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <AssumeRoleWithWebIdentityResult>
            <SubjectFromWebIdentityToken>system:serviceaccount:data:afq</SubjectFromWebIdentityToken>
            <Audience>sts.amazonaws.com</Audience>
            <AssumedRoleUser>
              <Arn>arn:aws:sts::111122223333:assumed-role/EksReader/app1</Arn>
              <AssumedRoleId>AROACLKWSDQRAOEXAMPLE:app1</AssumedRoleId>
            </AssumedRoleUser>
            <Credentials>
              <SessionToken>AQoDYXdzEE0a8ANXXXXXXXXNO1ewxE5TijQyp+IEXAMPLE</SessionToken>
              <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>
              <Expiration>2026-12-07T06:00:00Z</Expiration>
              <AccessKeyId>ASIA111122223333TEST</AccessKeyId>
            </Credentials>
            <SourceIdentity>SourceIdentityValue</SourceIdentity>
            <Provider>arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE</Provider>
          </AssumeRoleWithWebIdentityResult>
          <ResponseMetadata>
            <RequestId>ad4156e9-bce1-11e2-82e6-6b6efEXAMPLE</RequestId>
          </ResponseMetadata>
        </AssumeRoleWithWebIdentityResponse>
        """

    static let getCallerIdentity = """
        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <GetCallerIdentityResult>
            <Arn>arn:aws:iam::123456789012:user/Alice</Arn>
            <UserId>AKIAI44QH8DHBEXAMPLE</UserId>
            <Account>123456789012</Account>
          </GetCallerIdentityResult>
          <ResponseMetadata>
            <RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>
          </ResponseMetadata>
        </GetCallerIdentityResponse>
        """

    /// An AccessDenied whose message needs the entities (a policy condition quoted in it).
    static let accessDenied = """
        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <Error>
            <Type>Sender</Type>
            <Code>AccessDenied</Code>
            <Message>User: arn:aws:iam::111122223333:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/AppFlowRead because &quot;sts:ExternalId&quot; &lt;&gt; &apos;x&apos; &amp;&#32;&#x41;</Message>
          </Error>
          <RequestId>4bd2b0c6-5a6c-4d3e-9b5b-EXAMPLE</RequestId>
        </ErrorResponse>
        """
}
