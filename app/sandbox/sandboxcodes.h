#pragma once

// Specific codes the sandbox answers with. The documented ones come from exceptions.md and
// contact_add-or-update-lead.md; the rest are the sandbox's own choice, listed in
// resources/sandbox/README.md so client code and tests can name them.
namespace SandboxCodes {
// Authentication (401). Only 23005 is documented.
constexpr int AuthorizationMissing = 23001;
constexpr int UnknownKey = 23002;
constexpr int SignatureMismatch = 23003;
constexpr int ContentMd5Mismatch = 23004;
constexpr int Stale = 23005;
constexpr int DateMissing = 23006;
// Transport-level problems.
constexpr int NotFound = 23010;
constexpr int MethodNotAllowed = 23011;
constexpr int BodyTooLarge = 23012;
// Parameter validation (documented).
constexpr int DoesNotValidate = 23016;
constexpr int Required = 23017;
// addOrUpdateLead (documented).
constexpr int LeadRequestEmpty = 24215;
constexpr int LeadDoesNotExist = 24216;
constexpr int LeadInvalid = 24218;
// addOrUpdateContact / addOrUpdateCompany (sandbox choice, modelled on the lead codes).
constexpr int ContactDoesNotExist = 24106;
constexpr int ContactInvalid = 24108;
constexpr int CompanyDoesNotExist = 24126;
constexpr int CompanyInvalid = 24128;
// batch (batch_run.md, batch_progress.md, batch_results.md).
constexpr int BatchNotSaved = 24091;
constexpr int BatchIncorrectJobFormat = 24092;
constexpr int BatchEmptyJobParameter = 24093;
constexpr int BatchNotFoundForProgress = 24105;
constexpr int BatchNotCompleted = 24114;
constexpr int BatchNotFoundForResults = 24115;
constexpr int BatchTooManyJobs = 24448;
// Sandbox choice: the account may not use batch (leaddesk-sandbox --batch refused).
constexpr int BatchNotEnabled = 24090;
} // namespace SandboxCodes
