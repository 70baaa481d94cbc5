package se.samverkan.gvi.rules.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;

/** Request bodies of the rules API. */
public final class RulesRequests {

    private RulesRequests() {}

    /** {@code POST /api/v1/rules/approvals}: the exact version a second legal reviewer approves. */
    @PlainText
    @Pseudonymous
    public record ApprovalRequest(
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "version must be 64 lowercase hex digits")
            String version) {}

    /** {@code POST /api/v1/rules/impact}: a proposed rule folder on the server, under the proposals root. */
    @PlainText
    @Pseudonymous
    public record ImpactRequest(@NotBlank @Size(max = 500) String folder) {}
}
