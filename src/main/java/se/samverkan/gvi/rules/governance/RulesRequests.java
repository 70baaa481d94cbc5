package se.samverkan.gvi.rules.governance;

import io.swagger.v3.oas.annotations.media.Schema;
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
    @Schema(example = """
            {"version":"e95cf48c794a8424437634b4eb9fc0de41fd5acef96957a3ed46b1ee3765e814"}""")
    public record ApprovalRequest(
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "version must be 64 lowercase hex digits")
            String version) {}

    /** {@code POST /api/v1/rules/impact}: a proposed rule folder on the server, under the proposals root. */
    @PlainText
    @Pseudonymous
    @Schema(example = """
            {"folder":"proposals/gvi-07-skarpt"}""")
    public record ImpactRequest(@NotBlank @Size(max = 500) String folder) {}
}
