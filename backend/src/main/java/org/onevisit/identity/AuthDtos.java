package org.onevisit.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;

/** Request and response bodies of the identity endpoints (field names are the API contract). */
public final class AuthDtos {

    private AuthDtos() {
    }

    /** Self-service sign-up of an enterprise ({@code creditCode}, …) or a citizen ({@code idNumber}, …). */
    public record RegisterRequest(Account.Kind kind, String creditCode, String idNumber, String name,
                                  String legalRepresentative, String contactName, String mobile, String password,
                                  String address, String town) {}

    /** {@code username}: credit code, ID number or mobile for applicants; staff number for staff. */
    public record LoginRequest(String username, String password, String totp) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType,
                                Boolean mfaEnrolmentRequired) {}

    public record RefreshRequest(String refreshToken) {}

    public record LogoutRequest(String refreshToken) {}

    public record PasswordChange(String currentPassword, String newPassword) {}

    public record TotpEnrolment(String secret, String otpauthUri) {}

    public record TotpCode(String code) {}

    public record StaffRequest(String staffNumber, String name, String orgUnit, String serviceLocation, String mobile,
                               Set<Role> roles, String password) {}

    public record RolesRequest(Set<Role> roles) {}

    /** Where a request came from, for the audit trail and the per-address limits. */
    public record ClientInfo(String ip) {}
}
