<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AddCustomFieldDialog</name>
    <message>
        <source>Custom field %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform requires a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a lead custom field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform asks for lead custom field %1, which this profile's lead schema does not have (the platform cannot list them). Say what it is, as it is set up in iVvy; it is added to the lead schema, which Settings → Lead schema can export for the other reps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One choice a line: key=label, or just the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add to the lead schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A %1 field needs its choices, one a line.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>Line 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not a state of this country)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>LeadDesk cannot open its data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the API secret for %1 (key %2). It will be kept in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API secret for %1 could not be read: %2
Enter it to go on; it will be kept for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret could not be saved in %1: %2 LeadDesk keeps it for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LeadDesk cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without the API secret for %1 nothing is sent: drafts and submitted leads wait in the outbox until you enter it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter &amp;secret…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BadgeReader</name>
    <message>
        <source>No QR code was found in the image.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BatchRun</name>
    <message numerus="yes">
        <source>The platform did not finish the batch within %n minute(s).</source>
        <translation>
            <numerusform>The platform did not finish the batch within %n minute.</numerusform>
            <numerusform>The platform did not finish the batch within %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch was stopped before its results were read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's answer to a batch run holds no asyncId.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's batch results hold no list of results.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BodyInputs</name>
    <message>
        <source>%1 holds a JSON array; a JSON object {…} was expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds an empty object; there is nothing to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard input holds no request body.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BuiltInFields</name>
    <message>
        <source>Lead name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtype</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact at the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trading name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New primary contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary account manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secondary account manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IATA number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>food</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>beverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audio visual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accommodation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commission on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commission type on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>External links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update the company with this business name if it exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email subscription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS subscription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Privacy consent given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscription groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update the contact with this name and email if it exists</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptureCommand</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No company was recognised in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact was recognised in %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Contact recognised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recognised in %1. Untick what should not be filled in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recognised (not filled in):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ticked fields fill the lead's new contact, and its new company when a company was recognised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ticked fields fill a new contact form, and a new company form for the company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create &amp;contact</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n cards in %1: create %n draft leads, one for each person, to finish in the panel on the left.</source>
        <translation>
            <numerusform>%n card in %1: create %n draft lead, one for each person, to finish in the panel on the left.</numerusform>
            <numerusform>%n cards in %1: create %n draft leads, one for each person, to finish in the panel on the left.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>person — company</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Create %n draft &amp;leads</source>
        <translation>
            <numerusform>Create %n draft &amp;lead</numerusform>
            <numerusform>Create %n draft &amp;leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureHandler</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste &amp;contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A vCard, a badge's QR code or an email signature from the clipboard, as a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clipboard holds no text or image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image on the clipboard cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clipboard: %1</source>
        <comment>what was pasted holds no contact</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact recognised</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n draft lead(s) created in the panel on the left.</source>
        <translation>
            <numerusform>%n draft lead created in the panel on the left.</numerusform>
            <numerusform>%n draft leads created in the panel on the left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureImport</name>
    <message>
        <source>Phone (work)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone (home)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <comment>lead name: person, company</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile is open.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n of %1 draft leads were kept; the next could not be saved: %2</source>
        <translation>
            <numerusform>%n of %1 draft leads was kept; the next could not be saved: %2</numerusform>
            <numerusform>%n of %1 draft leads were kept; the next could not be saved: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>The QR code holds no contact card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact was recognised: no vCard, MECARD, or signature with an email or phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than %2 MB; it is not read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The input is larger than %1 MB; it is not read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>could not refresh the lookups (%1); using those from %2 UTC.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No platform given: use --platform URL, --profile NAME or --sandbox, or set LEADDESK_PLATFORM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No API key: set IVVY_API_KEY.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No API secret: set IVVY_API_SECRET.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no profile named '%1'. Profiles are set up in the LeadDesk app (Settings → Profiles).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No API secret is stored for profile '%1'; set IVVY_API_SECRET or enter it in the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API secret of profile '%1' could not be read: %2 Set IVVY_API_SECRET instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--kind must be lead, company or contact, not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of --platform, --profile and --sandbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ping takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did you mean 'lookups refresh'?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did you mean 'outbox list' or 'outbox flush'?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did you mean 'schema import lead FILE'?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a FILE (or - for bodies on standard input).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import needs exactly one FILE (.csv or .xlsx).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: leaddesk-cli [--platform URL | --profile NAME | --sandbox] [--data-dir DIR] COMMAND

Commands:
  ping                          check address and credentials (test?action=ping)
  lookups refresh               fetch the lookup lists and custom-field definitions
  schema import lead FILE       set the profile's lead custom-field definitions
  validate [--kind lead|company|contact] FILE...
                                check request bodies locally; problems as
                                "field: message" lines
  submit [--kind lead|company|contact] FILE...
                                validate, then send; prints
                                "&lt;kind&gt; &lt;id&gt; created|updated", or "queued &lt;id&gt;"
                                (exit 4) when the platform cannot be reached
                                FILE - reads one JSON body per line from stdin;
                                with several bodies each line starts with its
                                file name or "line N", and the exit code is
                                the highest of them; a contact or company
                                the platform may hold already is named in
                                "possible duplicate of &lt;kind&gt; &lt;id&gt;: &lt;reason&gt;"
                                lines, and submit sends it only with
                                --allow-duplicate
  outbox list | flush [--no-batch]
                                list queued items / send them now; more than 20
                                new records go out in batch runs unless
                                --no-batch is given
  capture [--kind contact|company] FILE
                                the contact (or company) body recognised in a
                                .vcf, a badge photo's QR code or a signature
  import [--kind lead] [--mapping MAP.json] [--dry-run] [--report REPORT.csv]
         [--no-batch] FILE
                                check every row of a .csv or .xlsx file and send
                                the ready ones, each exactly once; prints
                                "N rows: A ready, B with problems, C duplicates"

Options:
  --platform URL     the platform address (https://, or http:// to this computer)
  --profile NAME     a profile set up in the LeadDesk app
  --sandbox          use a local sandbox platform; nothing leaves this computer
  --data-dir DIR     where LeadDesk keeps its data
  -h, --help         show this help
  --version          show the version

Environment: LEADDESK_PLATFORM, LEADDESK_DATA_DIR, IVVY_API_KEY, IVVY_API_SECRET.
Exit codes: 0 done, 1 usage, 2 invalid locally, 3 rejected by the platform,
4 platform unreachable, 5 configuration or credentials.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--mapping, --dry-run, --report and --no-batch belong to import (--no-batch also to 'outbox flush').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--no-batch goes with 'outbox flush'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComboFieldEditor</name>
    <message>
        <source>%1 (not one of the choices)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandDeadline</name>
    <message>
        <source>LEADDESK_COMMAND_TIMEOUT must be a whole number of seconds (0: none), not "%1".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompanyMatcher</name>
    <message>
        <source>same company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same company name once '%1' is ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same company name once spaces are ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>similar company name: only '%1' differs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>similar company name: the same words in another order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>similar company name: one letter apart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' are the initials of '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same web domain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected: the platform answered and accepted the key and secret.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactMatcher</name>
    <message>
        <source>same email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same name and company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>similar name and same company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same name and phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>similar name and same phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same name and email domain (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactTypeEditor</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This system cannot read Windows-1252 text; save the file as UTF-8 CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not a CSV or Excel file: it holds binary data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no header row: it holds only empty lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read to its end: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 has more than %2 columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row that starts on line %1 is longer than %2 characters; is a closing quote missing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quoted value that starts on line %1 is never closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomFieldSchema</name>
    <message>
        <source>Small Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Large Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single Select</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Multiple Select</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Static Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Large Select</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fieldId %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fieldId must be a positive whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate fieldId %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fieldType must be a number from 0 to 9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown fieldType %1 (0 to 9 are known)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>displayName is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sortOrder must be a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the label of select value '%1' is not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>select values must be text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate select value '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>selectValues must be an object of key: label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 field needs selectValues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fileTypes must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files cannot be sent through the platform's API; attach them in iVvy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fieldId %1 is too large (at most %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is already open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed; the database cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a LeadDesk database or cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer LeadDesk (schema version %2; this one knows up to %3); it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot switch the database %1 to write-ahead logging (the journal mode stayed "%2"); is it on a network or read-only file system?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot update the database %1 to schema version %2 (%3); it stays at version %4: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PRAGMA user_version gave no answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nested database transactions are not supported; finish the running one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not open (while running %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>simulated disk failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write to the database (%1) while running %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a LeadDesk database; LeadDesk left it as it is. Restore it from a backup, or move it away to start with an empty one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the database %1; nothing was kept: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the database %1: renaming %2 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a LeadDesk database (%2); LeadDesk left it as it is. Move it away, or put LeadDesk's own file back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it belongs to another program, application id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it holds tables but no LeadDesk schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema version %1 without LeadDesk's tables</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a date from a calendar (F4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A date as yyyy-mm-dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A date as %1 or yyyy-mm-dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yyyy</source>
        <comment>year in a date hint</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mm</source>
        <comment>month in a date hint</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dd</source>
        <comment>day in a date hint</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateValue</name>
    <message>
        <source>'%1' is not a date in the form %2; the file may use %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a date in the form %2.</source>
        <translation />
    </message>
</context>
<context>
    <name>DraftFile</name>
    <message>
        <source>Save what is typed as a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as %1. It is a request body: leaddesk-cli submit can send it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicateOffer</name>
    <message>
        <source>Use this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perhaps %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicateRadar</name>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>cannot be set through the API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer an active user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of ids</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>%1, required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A line of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text of several lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one value from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick any number of values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A check box: on or off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An address in several parts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A date as year-month-day, such as 2026-03-31.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file kept on the platform; not sent from here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to search for an existing contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to search for an existing company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether the lead belongs to a contact or a company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A list of record numbers, separated by commas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value as JSON text.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Files cannot be sent through the platform's API.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GrayImage</name>
    <message>
        <source>This is not a PNG or JPEG image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PNG image cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image is too large to look for a code in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The JPEG image cannot be read, or is too large.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdListEditor</name>
    <message>
        <source>Type an id and press Enter to add it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a business name to add a company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name or email to add a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the selected record out of the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>&amp;Only rows with problems or duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export problem rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has been sent yet. Fix a cell by typing in it (F2); the row is checked again at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking rows… %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows: %1 — ready: %2, with problems: %3, duplicates: %4 (to send anyway: %5)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) of this file were already sent by an earlier run; they are not sent again.</source>
        <translation>
            <numerusform>%n row of this file was already sent by an earlier run; it is not sent again.</numerusform>
            <numerusform>%n rows of this file were already sent by an earlier run; they are not sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export problem rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The problem rows are in %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>column "%1" matches no field and is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>using the mapping saved for files with these columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not look up existing contacts and companies on the platform (%1); only those seen before are used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>"%1" in column %2 matches no %3 (%n row(s)); map it with "values" in MAP.json.</source>
        <translation>
            <numerusform>"%1" in column %2 matches no %3 (%n row); map it with "values" in MAP.json.</numerusform>
            <numerusform>"%1" in column %2 matches no %3 (%n rows); map it with "values" in MAP.json.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows, %3 rows/s, %4 s left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent, %2 queued, %3 rejected</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) had been queued by an earlier import of this file and were not sent again.</source>
        <translation>
            <numerusform>%n row had been queued by an earlier import of this file and was not sent again.</numerusform>
            <numerusform>%n rows had been queued by an earlier import of this file and were not sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the mapping's column %1 names no field of the imported records; it is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contacts: %1 ready rows use an existing one, %2 create a new one, %3 use a new one that another row creates.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportCsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDryRun</name>
    <message>
        <source>column %1 (no header)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is neither yes nor no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" matches no option of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with problems, %4 duplicates</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every row is checked before anything is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n data row(s), %1 column(s)</source>
        <translation>
            <numerusform>%n data row, %1 column(s)</numerusform>
            <numerusform>%n data rows, %1 column(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHandler</name>
    <message>
        <source>&amp;Import leads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check and send the leads of a .csv or .xlsx file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>The mapping has an unknown part "%1" (it takes columns, dateFormat and values).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping's "columns" must be an object of header → target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping's column "%1" has no target the import knows: use a lead key, contact.&lt;key&gt;, company.&lt;key&gt;, customFields.&lt;id&gt; or ignore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping's dateFormat "%1" is not one of dd/MM/yyyy, MM/dd/yyyy and yyyy-MM-dd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping's "values" must be an object of target → {value: key}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping's values for "%1" must be an object of value → key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping's value "%1" of "%2" must name a key or an id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping %1 is larger than 1 MiB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it holds something else</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values that match no option: choose what each stands for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stands for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the field each column fills. Columns matched by their name are filled in already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day/month/year (dd/MM/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month/day/year (MM/dd/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISO (yyyy-MM-dd)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dates are written as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Using the mapping you saved for files with these columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field for column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What "%1" stands for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(leave it: the rows have a problem)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>the same lead name and contact as row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uses contact %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>creates a new contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uses the new contact of row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uses company %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>creates a new company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uses the new company of row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: problem</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>duplicate of row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same lead name and contact as row %1. Tick to send it anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>An earlier run queued it as outbox item %1, which was deleted; it is not sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was taken back from the outbox for editing (item %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was deleted from the outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waits for its new company, queued as outbox item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waits for its new contact, queued as outbox item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its new company was refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its new contact was refused: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportSendPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each row is sent once, even when this file is imported again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was sent stays sent; rows waiting in the outbox go out by themselves; the rest are not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the outbox says about sending (batches, fallbacks) appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) already sent by an earlier run of this file: they are followed, not sent again.</source>
        <translation>
            <numerusform>%n row already sent by an earlier run of this file: it is followed, not sent again.</numerusform>
            <numerusform>%n rows already sent by an earlier run of this file: they are followed, not sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows, %3 rows/s, %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent, %2 waiting in the outbox (they go out by themselves), %3 refused, %4 not sent.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) had been sent by an earlier run of this file and were not sent again.</source>
        <translation>
            <numerusform>%n row had been sent by an earlier run of this file and was not sent again.</numerusform>
            <numerusform>%n rows had been sent by an earlier run of this file and were not sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The results are in %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Existing contacts and companies could not be looked up on the platform (%1); only those seen before are used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import leads from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>JSON, e.g. [{"groupId": 10}]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON, e.g. [{"ref": "site", "label": "Website", "url": "https://example.com"}]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON, e.g. {"firstName": "Ana", "lastName": "Silva", "email": "ana@example.com"}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds a JSON array; a JSON object {…} was expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds a JSON object; a JSON array […] was expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid JSON at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds %2 bytes; a request body may hold at most %3 MiB (%4 bytes), what the platform accepts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonScan</name>
    <message>
        <source>the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text is not valid JSON at line %1, column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key %1 appears twice in one object (line %2, column %3); remove one of them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds the control character %2 (line %3, column %4); remove it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds %2, half of a surrogate pair and no character (line %3, column %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds the byte %2, which is not UTF-8 text (line %3, column %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2, too large to be read exactly: whole numbers in JSON are exact up to %3 (line %4, column %5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 nests objects and arrays more than %2 deep (line %3, column %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text holds more than %1 values or containers (line %2, column %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The secret has no name to be stored under.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>No answer from %1 within %n second.</numerusform>
            <numerusform>No answer from %1 within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>details withheld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Secret Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret is saved under that name in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret could not be deleted from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access to %1 was refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access to %1 was denied; it may be locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This system's keychain is not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not use %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LargeSelectEditor</name>
    <message>
        <source>Type to find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all values (Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all values</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New lead like this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add custom field %1…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Add the %n custom field(s)…</source>
        <translation>
            <numerusform>&amp;Add the custom field…</numerusform>
            <numerusform>&amp;Add the %n custom fields…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSchemaNotice</name>
    <message>
        <source>This profile has no lead custom fields yet, so leads are sent without them and the platform may refuse them. The platform cannot list them: import the lead schema file your admin exported from LeadDesk (Settings → Lead schema → Export…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import lead schema…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import lead schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lead schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LookupCache</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile was given for the lookup cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fetch time of the lookup lists of profile %1 is invalid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A lookup list of profile %1 has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot update the lookup cache of profile %1; the previous lists are kept: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the lookup cache of profile %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its fetch time is unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cached lookup list "%1" of profile %2 is damaged (%3); refresh the lookups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile was given for the lead custom fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the lead custom fields of profile %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the lead custom fields of profile %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cached lead custom fields of profile %1 are damaged (%2); import them again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LookupCatalog</name>
    <message>
        <source>contact custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>company custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lead schema</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LookupFetcher</name>
    <message>
        <source>The platform's answer to %1 holds no list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lookups together passed %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it passed %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it passed %1 entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform sent entries of %1 already received instead of the next page; LeadDesk took the %2 it had as the whole list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's list %1 is larger than LeadDesk takes: %2. LeadDesk stopped reading it and kept the lookups it had.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's list %1 was cut short at %2 entries: %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LookupSync</name>
    <message>
        <source>The platform sent custom-field definitions LeadDesk cannot use: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Drafts and outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lookup lists could not be refreshed: %1 Forms use the lists from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nowhere yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New c&amp;ontact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts are also saved as you type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;leads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;companies…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find c&amp;ontacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh lookup lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About LeadDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About LeadDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LeadDesk %1 — lead entry for the iVvy platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are trying LeadDesk with the built-in sandbox: nothing you enter leaves this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform: not checked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform: checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform: online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform: unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform: key or secret refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lookups: refreshing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lookups: not loaded yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lookups: just refreshed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Lookups: %n minute(s) old</source>
        <translation>
            <numerusform>Lookups: %n minute old</numerusform>
            <numerusform>Lookups: %n minutes old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lookups: %n hour(s) old</source>
        <translation>
            <numerusform>Lookups: %n hour old</numerusform>
            <numerusform>Lookups: %n hours old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lookups: %n day(s) old</source>
        <translation>
            <numerusform>Lookups: %n day old</numerusform>
            <numerusform>Lookups: %n days old</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — LeadDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LeadDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is typed in %1 could not be saved as a draft. Close it anyway and lose it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept as a draft in the panel on the left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request &amp;inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent &amp;history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Drafts and outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is typed in “%1” is not sent. Save keeps it as a draft in the panel on the left, to finish later; Discard throws it away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” discarded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be put back: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The lookup lists changed since this was queued: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lookup lists changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is being sent right now, so it may still reach the platform. Once its answer is in it is either sent, and there is nothing left to delete, or back in the queue, and it can be deleted then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" may already be on the platform: LeadDesk is checking before it sends it again. It can be changed or deleted once that is known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" was already sent (id %2); it stays in the sent history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is being sent by another LeadDesk on this computer, so it may still reach the platform. It can be changed or deleted once that one has its answer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxBatch</name>
    <message>
        <source>The platform does not take batch requests (%1); LeadDesk sends one request per record for the rest of this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's batch results did not include this record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent in a batch whose outcome is unknown (%1); LeadDesk looks up what landed before it sends anything again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Waiting for the platform to finish a batch of %n record(s); looking up what landed.</source>
        <translation>
            <numerusform>Waiting for the platform to finish a batch of %n record; looking up what landed.</numerusform>
            <numerusform>Waiting for the platform to finish a batch of %n records; looking up what landed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were on their way when LeadDesk last stopped; looking up what landed before anything is sent again.</source>
        <translation>
            <numerusform>%n record was on its way when LeadDesk last stopped; looking up what landed before anything is sent again.</numerusform>
            <numerusform>%n records were on their way when LeadDesk last stopped; looking up what landed before anything is sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the platform yet; its batch may still be landing. LeadDesk looks again before it sends it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>nothing to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) still wait to be sent: %1</source>
        <translation>
            <numerusform>%n item still waits to be sent: %1</numerusform>
            <numerusform>%n items still wait to be sent: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were refused by the platform and need a fix in LeadDesk (see 'outbox list').</source>
        <translation>
            <numerusform>%n item was refused by the platform and needs a fix in LeadDesk (see 'outbox list').</numerusform>
            <numerusform>%n items were refused by the platform and need a fix in LeadDesk (see 'outbox list').</numerusform>
        </translation>
    </message>
    <message>
        <source>everything was sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outbox cannot be written (%1); nothing more is sent until it can.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is sending this profile's outbox; the %n waiting item(s) go out from there.</source>
        <translation>
            <numerusform>%1 is sending this profile's outbox; the %n waiting item goes out from there.</numerusform>
            <numerusform>%1 is sending this profile's outbox; the %n waiting items go out from there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxListModel</name>
    <message>
        <source>company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs a fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking whether it arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2, local id %3
%4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxLock</name>
    <message>
        <source>the LeadDesk app (process %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another leaddesk-cli (process %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another LeadDesk program (process %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its lock file %1 cannot be created: the folder is read-only or full</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send everything that waits, now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a fix</source>
        <translation>
            <numerusform>%n needs a fix</numerusform>
            <numerusform>%n need a fix</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts and leads waiting to be sent appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending is paused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform cannot be reached; they go out by themselves when it answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a queued record?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" waits to be sent. Take it out of the outbox to edit it? It goes back when you submit it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete a queued record?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has not been sent yet. Delete it? It will not reach the platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LeadDesk cannot write its data folder, so nothing more is sent until it can: %1 Nothing is lost; it goes on by itself once the folder can be written again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of them: send it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which record is it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LeadDesk lost the answer to "%1" and found more than one record on the platform that could be it. Which one is it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" could not be put back: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected draft or record that waits (Del)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>The platform refused the API key or secret: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>Item %1 is not in a state that allows this (it may have been sent or deleted meanwhile).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LeadDesk stopped while this was being sent; it is checked before it is sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PingCommand</name>
    <message>
        <source>The platform answered the ping without an acknowledgement.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlatformAddress</name>
    <message>
        <source>No platform address is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a platform address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' uses plain HTTP; LeadDesk only talks HTTPS to a platform (plain HTTP is allowed to this computer only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' must be a plain address without user, query or fragment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlatformAnswer</name>
    <message>
        <source>"%1" (text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's answer is not a JSON object; it says nothing about the record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform answered that the record was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's answer does not say whether the record was saved (it has no "success").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's answer says "success" is %1, neither true nor false; LeadDesk cannot tell whether the record was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's answer holds no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's answer holds the id %1, which %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a positive number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is too large to be read exactly (ids go up to %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>No platform address is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No API key is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No API secret is available for key %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlatformError</name>
    <message>
        <source>The platform refused the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refused the API key or secret: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform answered HTTP %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlatformReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemSummary</name>
    <message>
        <source>Problems to fix before sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A profile needs an API key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RadarIndex</name>
    <message>
        <source>Unknown record kind "%1"; expected contact or company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile was given for the radar index.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A %1 without an id cannot go into the radar index; none were stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot index the %1 records of profile %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 %2 was not stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the radar index: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RadarOffers</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This may exist already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may be there already: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new one anyway</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReachabilityProbe</name>
    <message>
        <source>This computer has no network connection.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordBody</name>
    <message>
        <source>must be a list of custom field values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs a fieldId</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no %1 custom field %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 custom field takes '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object with the new %1's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a %2 field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either companyId or a new company, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either contactId or a new contact, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either companyLeadContactId or a new contact, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a lead that belongs to a company takes companyLeadContactId, not contactId</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>companyLeadContactId needs companyId or a new company</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordBrowser</name>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading from the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load again what could not be loaded (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search companies by business name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search contacts by name or email…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search leads by name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No companies on the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contacts on the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No leads on the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No company's business name contains “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact's name or email contains “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead's name contains “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading companies…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading leads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading all %2 companies to sort them: %1 so far…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading all %2 contacts to sort them: %1 so far…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading all %2 leads to sort them: %1 so far…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load companies: %1. Press F5 to try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load contacts: %1. Press F5 to try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load leads: %1. Press F5 to try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordBrowserModel</name>
    <message>
        <source>%1 (source: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company or contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trading name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sorted among the %1 loaded: the rest could not be loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sorted among the %1 loaded; narrow the search to sort all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the first %1; narrow the search to see the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform sent records already shown instead of the next ones; the list ends here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the first %1: the platform's answers passed %2 MB; narrow the search to see the others.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordDirectory</name>
    <message>
        <source>Unknown record kind "%1"; expected contact or company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile was given for the record directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1 of the %2 records to remember has no usable id; none were stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot cache the %1 records of profile %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search limit must be at least 1 (it was %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot search the cached %1 records: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cached %1 %2 of profile %3 is damaged (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the cached %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordFetch</name>
    <message>
        <source>The platform has no %1 %2 (any more).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check and send (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Not sent yet: %n thing(s) to fix first. They are listed below and marked at their fields (F8 goes to the next one).</source>
        <translation>
            <numerusform>Not sent yet: %n thing to fix first. It is listed below and marked at its field (F8 goes to it).</numerusform>
            <numerusform>Not sent yet: %n things to fix first. They are listed below and marked at their fields (F8 goes to the next one).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed, so nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking whether someone else changed this %1 since you opened it…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not check whether someone else changed this %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved. Your changes are still here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record could not be kept for sending: %1 It is still here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 updated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform did not accept this %1: %2 Nothing was saved there; fix the marked fields and submit again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 The %2 is kept in the outbox and is sent by itself when the platform answers; it is never sent twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit lead %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit company %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft is saved again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Autosave failed: %1 What you typed is still here, but it is not kept on this computer until a save succeeds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check and save the changes (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” went out from the outbox: it is %2 %3 on the platform now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform did not accept “%1”: %2 It waits in the outbox panel for a fix.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <source>The platform asks for custom fields this profile does not know (%1). Import the lead schema your admin exported, then send again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordPickerEditor</name>
    <message>
        <source>Type a business name to search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name or email to search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave this empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the chosen record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not ask the platform; showing records seen before (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>cannot be emptied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no subtypes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subtype %1 is not a subtype of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason %1 is not a reason of stage %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a new company has no contacts yet; create the contact too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of {"groupId": number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of links, each with a ref</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at most 3 external links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a contact object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>company %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a contact of %2; pick one of its contacts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RequestInspector</name>
    <message>
        <source>Request body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>String that was signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent platform calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LeadDesk signs this string with HMAC-SHA1 and the API secret. Neither the secret nor the signature is shown here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected call as a curl command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies a curl command for the selected call, with $IVVY_API_KEY and $SIGNATURE in place of the key and the signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the list of calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a call above to see what was sent and received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cut: the first %1 of %2 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration: %1 ms, attempt %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResponseMapper</name>
    <message>
        <source>The platform's answer was larger than %1 MB; it was not read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform at %1 did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's answer from %1 was cut off: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach the platform at %1: connection refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach the platform: host %1 not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform at %1 closed the connection before answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 dropped after the request was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach the platform at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform sent an empty answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform at %1 did not finish answering within %2 s; the call was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform at %1 sent the request elsewhere (HTTP %2 redirect); LeadDesk does not follow redirects: check the platform address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform at %1 sent the request to %2 (HTTP %3 redirect); LeadDesk does not follow redirects: check the platform address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform at %1 sent something that is not an HTTP answer: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's answer was not read: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's batch result for this record is not an answer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchemaCommand</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>lead schema: %n custom field(s) imported</source>
        <translation>
            <numerusform>lead schema: %n custom field imported</numerusform>
            <numerusform>lead schema: %n custom fields imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>&amp;Add field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lead-schema.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the table with the fields of a lead schema file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the table to a file to hand to your reps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with the lead schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values of the selected field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One value per line: key = label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One value per line, for example:
red = Red
blue = Blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead custom &amp;fields:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported; the table is unchanged. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import lead schema</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The table has changes that are not saved. Replace them with the %n field(s) of %1?</source>
        <translation>
            <numerusform>The table has changes that are not saved. Replace them with the %n field of %1?</numerusform>
            <numerusform>The table has changes that are not saved. Replace them with the %n fields of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n field(s) from %1. They are saved when you choose OK or Apply.</source>
        <translation>
            <numerusform>Imported %n field from %1. It is saved when you choose OK or Apply.</numerusform>
            <numerusform>Imported %n fields from %1. They are saved when you choose OK or Apply.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: reps could not import the table as it is. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n field(s) to %1.</source>
        <translation>
            <numerusform>Exported %n field to %1.</numerusform>
            <numerusform>Exported %n fields to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export lead schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the field with id %1 from the lead schema?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the field '%1' (id %2) from the lead schema?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forms stop showing it once the schema is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot be saved yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Values of the selected field (one per line: key = label):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Values of '%1' (one per line: key = label):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Values (only Single, Multiple and Large Select fields have values):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchemaTableModel</name>
    <message>
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inactive, hidden in forms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no values</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the values in the box below the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only select fields have values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field's id on the platform (a positive whole number, unique).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inactive fields are hidden in forms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forms show the fields in this order, lowest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single, Multiple and Large Select fields offer these values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table, entry %1 (fieldId %2, '%3'): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the select value '%1' has no key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the select value key '%1' appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretStoreProbe</name>
    <message>
        <source>The system keychain cannot be used (%1 refused access%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is available (%1 did not answer: %2).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No system keychain is available (%1 did not answer within %n second(s)).</source>
        <translation>
            <numerusform>No system keychain is available (%1 did not answer within %n second).</numerusform>
            <numerusform>No system keychain is available (%1 did not answer within %n seconds).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendVerdict</name>
    <message>
        <source>The platform says this computer's clock is wrong: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refused the API key or secret: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SentHistoryModel</name>
    <message>
        <source>company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SentHistoryView</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by title or platform id…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the sent history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the record to correct it (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 could not be opened: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 %2 from the platform…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing was sent from this profile in the last %n day(s).</source>
        <translation>
            <numerusform>Nothing was sent from this profile in the last %n day.</numerusform>
            <numerusform>Nothing was sent from this profile in the last %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 sent; sent items are kept for %n day(s) (Settings).</source>
        <translation>
            <numerusform>%1 sent; sent items are kept for %n day (Settings).</numerusform>
            <numerusform>%1 sent; sent items are kept for %n days (Settings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentNotifier</name>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 “%3” was saved on the platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 “%3” went out to the platform.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) went out from the outbox to the platform.</source>
        <translation>
            <numerusform>%n record went out from the outbox to the platform.</numerusform>
            <numerusform>%n records went out from the outbox to the platform.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent from the outbox</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>this session only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret is kept for this session under that name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret has no name to be kept under.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead &amp;schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the lead schema and keep the dialog open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rofiles on this computer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API secrets are kept in the system keychain, never in these settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>built-in sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in sandbox has nothing to edit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is the profile in use, so it cannot be removed. Switch to another profile first, then remove this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the profile '%1'? Its API secret is removed from this computer too. The account on the platform is not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile '%1' was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform cannot list lead custom fields, so LeadDesk keeps this list for the profile '%1'. Admins maintain it here and hand it to their reps with Export…; reps load it with Import….</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lead-schema-%1.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lead schema was not saved. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lead schema could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved the lead schema (%n field(s)).</source>
        <translation>
            <numerusform>Saved the lead schema (%n field).</numerusform>
            <numerusform>Saved the lead schema (%n fields).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved lead schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lead schema has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LeadDesk uses the new language the next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the sent history for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the sent &amp;history for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lead schema cannot be edited: no profile is open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaleEditCheck</name>
    <message>
        <source>The record no longer exists on the platform.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since you opened this record, someone changed it on the platform. Their changes are below. Where you changed the same field, choose which value to keep; fields only they changed keep their new value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now on the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep my value for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep their value for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not changed by you)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>Another profile is now in use; it waits in its own profile's outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LeadDesk is not connected yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform is slow to answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was deleted from the outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is sending this profile's outbox; it goes out from there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>%1 It is queued as item %2 and goes out with 'leaddesk-cli outbox flush' or when LeadDesk runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body changes nothing; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was sent: the record may exist already (see above); give --allow-duplicate to create it anyway.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls) or a password-protected one; save it as .xlsx without a password, or as CSV.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TerminalText</name>
    <message numerus="yes">
        <source>… (%n more character(s))</source>
        <translation>
            <numerusform>… (%n more character)</numerusform>
            <numerusform>… (%n more characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnavailableSecretStore</name>
    <message>
        <source>No place to keep secrets is available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nowhere (no keychain)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UncertainMatch</name>
    <message numerus="yes">
        <source>%n record(s) on the platform could be this one (%1); LeadDesk does not guess: say which one it is, or that it is none of them.</source>
        <translation>
            <numerusform>%n record on the platform could be this one (%1); LeadDesk does not guess: say whether it is this one or not.</numerusform>
            <numerusform>%n records on the platform could be this one (%1); LeadDesk does not guess: say which one it is, or that it is none of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the platform yet, but it may still arrive; LeadDesk looks again before it sends it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: this profile has no lead schema, so lead custom fields go to the platform unchecked (import one with 'leaddesk-cli schema import lead FILE').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: could not look for duplicates on the platform: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValueChecks</name>
    <message>
        <source>must be text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a date as yyyy-mm-dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a real date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be one of the choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not one of the choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is chosen twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an address with line1 … countryCode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not part of an address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the address %1 must be text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a country code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a state code needs a country code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a state of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be yes or no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be contact or company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large: at most 15 digits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to LeadDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LeadDesk&lt;/h2&gt;&lt;p&gt;Enter leads for iVvy faster than in the web forms, with every rule checked as you type, and keep working when the connection drops.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to iVvy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use your account's API key and secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A built-in practice platform with sample data. Nothing leaves this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iVvy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Australia (api.ap-southeast-2.ivvy.com)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>United States (api.us-west-2.ivvy.com)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>United Kingdom (api.eu-west-2.ivvy.com)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another address…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret is kept in %1, never in a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is available: %1 LeadDesk never writes the secret to a file, so it can only keep it for this session; you will be asked for it again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the API secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick "Keep the secret for this session only" to go on without a keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the secret in %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret could not be saved: %1 Tick "Keep the secret for this session only" to go on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lead schema cannot be edited: the local store is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved lead schema could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>XlsxArchive</name>
    <message>
        <source>The Excel file is damaged: its zip archive cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not an Excel workbook: its archive holds more than %1 files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Excel file is damaged: its list of contents cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Excel file is damaged: its part %1 cannot be unpacked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Excel file is damaged: it lacks its part %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook is too large: its part %1 unpacks to %2 MB, and LeadDesk reads at most %3 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not a real workbook: its part %1 unpacks from %2 MB to %3 MB, as files made to exhaust memory do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Excel file is damaged: its part %1 cannot be found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Excel file is damaged or encrypted: its part %1 cannot be opened.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is a zip archive but not an Excel workbook: it has no %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook has no sheet "%1"; its sheets are: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Excel file is damaged: its styles cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sheet "%1" has no header row: it is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook's texts are too large to read: more than %1 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Excel file is damaged: its shared texts cannot be unpacked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sheet "%1" is too large: it unpacks to more than %2 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sheet "%1" is damaged: near row %2 a value is longer than %3 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Excel file is damaged: the sheet "%1" cannot be unpacked after row %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Excel file is damaged: the sheet "%1" is not valid XML after row %2 (%3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>XlsxSharedStrings</name>
    <message>
        <source>The workbook holds more than %1 MB of text; LeadDesk reads up to %1 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook holds more than %1 different texts; LeadDesk reads up to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Excel file is damaged: its shared texts cannot be read (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>XlsxSheetParser</name>
    <message>
        <source>The sheet is damaged: it names row %1, and sheets have rows 1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sheet is damaged: row %1 has a cell outside the %2 columns a sheet has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sheet is damaged: row %1 names shared text %2 of %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The Excel file is damaged: the list of its sheets cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Excel file is damaged: its workbook part is not valid XML (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try 'leaddesk-cli --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead entry for iVvy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the built-in sandbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep data in DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit once the main window is idle (start-up benchmark).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the command did not finish within %n second(s) and was stopped (LEADDESK_COMMAND_TIMEOUT); anything queued stays in the outbox.</source>
        <translation>
            <numerusform>the command did not finish within %n second and was stopped (LEADDESK_COMMAND_TIMEOUT); anything queued stays in the outbox.</numerusform>
            <numerusform>the command did not finish within %n seconds and was stopped (LEADDESK_COMMAND_TIMEOUT); anything queued stays in the outbox.</numerusform>
        </translation>
    </message>
</context>
</TS>