import AWSSigV4

/// Listing the organisation's accounts failed: the call, and what AWS Organizations (or the
/// network, or the management account's credentials) said.
public struct OrganizationsError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Cause: Sendable, Equatable {
        case service(AWSErrorResponse)
        case transport(HTTPTransportError)
        case credentials(String)
        case malformedResponse(String)
        case paging(String)
        case cancelled
    }

    /// `ListAccounts`, `ListAccountsForParent` or `ListOrganizationalUnitsForParent`.
    public var action: String
    public var cause: Cause

    public var description: String {
        var text = "AWS Organizations \(action) failed"
        switch cause {
        case .service(let error):
            text += ": HTTP \(error.status) \(error.code)"
            if !error.message.isEmpty { text += ": \(error.message)" }
        case .transport(let error): text += ": \(error.message)"
        case .credentials(let message): text += ": \(message)"
        case .malformedResponse(let detail): text += ": the response is not what Organizations sends: \(detail)"
        case .paging(let detail): text += ": \(detail)"
        case .cancelled: text += ": interrupted"
        }
        return text
    }

    /// What to do about the errors users meet (AWS Organizations API Reference, "Common Errors").
    public var hint: String? {
        guard case .service(let error) = cause else { return nil }
        switch error.code {
        case "AccessDeniedException":
            return "--org lists accounts with the management account's credentials or a delegated administrator's; "
                + "they need organizations:ListAccounts (with --org-unit: organizations:ListAccountsForParent and "
                + "organizations:ListOrganizationalUnitsForParent)"
        case "AWSOrganizationsNotInUseException":
            return "this account is not in an organisation: use --profile a,b,… to name the accounts' profiles instead"
        case "ParentNotFoundException", "ChildNotFoundException", "InvalidInputException":
            return "check the --org-unit ids (ou-… or r-…)"
        default:
            return nil
        }
    }
}
