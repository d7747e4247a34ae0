<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AddCustomFieldDialog</name>
    <message>
        <source>Custom field %1</source>
        <translation>Benutzerdefiniertes Feld %1</translation>
    </message>
    <message>
        <source>The platform requires a value</source>
        <translation>Die Plattform verlangt einen Wert</translation>
    </message>
    <message>
        <source>Add a lead custom field</source>
        <translation>Benutzerdefiniertes Lead-Feld hinzufügen</translation>
    </message>
    <message>
        <source>The platform asks for lead custom field %1, which this profile's lead schema does not have (the platform cannot list them). Say what it is, as it is set up in iVvy; it is added to the lead schema, which Settings → Lead schema can export for the other reps.</source>
        <translation>Die Plattform verlangt das benutzerdefinierte Lead-Feld %1, das im Lead-Schema dieses Profils fehlt (die Plattform kann diese Felder nicht auflisten). Geben Sie an, wie es in iVvy eingerichtet ist; es wird dem Lead-Schema hinzugefügt, das Sie unter Einstellungen → Lead-Schema für die anderen Vertriebsmitarbeiter exportieren können.</translation>
    </message>
    <message>
        <source>One choice a line: key=label, or just the key</source>
        <translation>Eine Auswahl pro Zeile: Schlüssel=Bezeichnung, oder nur der Schlüssel</translation>
    </message>
    <message>
        <source>Field id:</source>
        <translation>Feld-ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Auswahlwerte:</translation>
    </message>
    <message>
        <source>&amp;Add to the lead schema</source>
        <translation>Zum Lead-Schema &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>Geben Sie dem Feld einen Namen.</translation>
    </message>
    <message>
        <source>A %1 field needs its choices, one a line.</source>
        <translation>Ein Feld vom Typ %1 braucht seine Auswahlwerte, einen pro Zeile.</translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>Line 1</source>
        <translation>Zeile 1</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>Zeile 2</translation>
    </message>
    <message>
        <source>Line 3</source>
        <translation>Zeile 3</translation>
    </message>
    <message>
        <source>Line 4</source>
        <translation>Zeile 4</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesland/Region</translation>
    </message>
    <message>
        <source>%1 (not a state of this country)</source>
        <translation>%1 (keine Region dieses Landes)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>LeadDesk cannot open its data: %1</source>
        <translation>LeadDesk kann seine Daten nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Enter the API secret for %1 (key %2). It will be kept in %3.</source>
        <translation>Geben Sie das API-Secret für %1 ein (Schlüssel %2). Aufbewahrt wird es hier: %3.</translation>
    </message>
    <message>
        <source>The API secret for %1 could not be read: %2
Enter it to go on; it will be kept for this session only.</source>
        <translation>Das API-Secret für %1 konnte nicht gelesen werden: %2
Geben Sie es ein, um fortzufahren; es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-Secret</translation>
    </message>
    <message>
        <source>Secret not saved</source>
        <translation>Secret nicht gespeichert</translation>
    </message>
    <message>
        <source>The secret could not be saved in %1: %2 LeadDesk keeps it for this session only.</source>
        <translation>Das Secret konnte nicht gespeichert werden (%1): %2 LeadDesk bewahrt es nur für diese Sitzung auf.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>LeadDesk cannot start</source>
        <translation>LeadDesk kann nicht starten</translation>
    </message>
    <message>
        <source>Without the API secret for %1 nothing is sent: drafts and submitted leads wait in the outbox until you enter it.</source>
        <translation>Ohne das API-Secret für %1 wird nichts gesendet: Entwürfe und gesendete Leads warten im Postausgang, bis Sie es eingeben.</translation>
    </message>
    <message>
        <source>Enter &amp;secret…</source>
        <translation>&amp;Secret eingeben…</translation>
    </message>
</context>
<context>
    <name>BadgeReader</name>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>Im Bild wurde kein QR-Code gefunden.</translation>
    </message>
</context>
<context>
    <name>BatchRun</name>
    <message numerus="yes">
        <source>The platform did not finish the batch within %n minute(s).</source>
        <translation>
            <numerusform>Die Plattform hat den Stapel nicht innerhalb von %n Minute abgeschlossen.</numerusform>
            <numerusform>Die Plattform hat den Stapel nicht innerhalb von %n Minuten abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch was stopped before its results were read.</source>
        <translation>Der Stapel wurde angehalten, bevor seine Ergebnisse gelesen wurden.</translation>
    </message>
    <message>
        <source>The platform's answer to a batch run holds no asyncId.</source>
        <translation>Die Antwort der Plattform auf einen Stapellauf enthält keine asyncId.</translation>
    </message>
    <message>
        <source>The platform's batch results hold no list of results.</source>
        <translation>Die Stapelergebnisse der Plattform enthalten keine Ergebnisliste.</translation>
    </message>
</context>
<context>
    <name>BodyInputs</name>
    <message>
        <source>%1 holds a JSON array; a JSON object {…} was expected.</source>
        <translation>%1 enthält ein JSON-Array; erwartet wurde ein JSON-Objekt {…}.</translation>
    </message>
    <message>
        <source>%1 holds an empty object; there is nothing to send.</source>
        <translation>%1 enthält ein leeres Objekt; es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Standard input holds no request body.</source>
        <translation>Die Standardeingabe enthält keinen Anfrageinhalt.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>BuiltInFields</name>
    <message>
        <source>Lead name</source>
        <translation>Lead-Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Stage reason</source>
        <translation>Grund für die Phase</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Create a new company</source>
        <translation>Neue Firma anlegen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact at the company</source>
        <translation>Kontakt bei der Firma</translation>
    </message>
    <message>
        <source>Create a new contact</source>
        <translation>Neuen Kontakt anlegen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Trading name</source>
        <translation>Handelsname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Business number</source>
        <translation>Unternehmensnummer</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Weitere Telefonnummer</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>New primary contact</source>
        <translation>Neuer Hauptkontakt</translation>
    </message>
    <message>
        <source>Primary account manager</source>
        <translation>Hauptverantwortlicher Kundenbetreuer</translation>
    </message>
    <message>
        <source>Secondary account manager</source>
        <translation>Zweiter Kundenbetreuer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>IATA number</source>
        <translation>IATA-Nummer</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>food</source>
        <translation>Speisen</translation>
    </message>
    <message>
        <source>beverage</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <source>audio visual</source>
        <translation>Veranstaltungstechnik</translation>
    </message>
    <message>
        <source>accommodation</source>
        <translation>Übernachtung</translation>
    </message>
    <message>
        <source>Commission on %1</source>
        <translation>Provision auf %1</translation>
    </message>
    <message>
        <source>Commission type on %1</source>
        <translation>Provisionsart auf %1</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>External links</source>
        <translation>Externe Links</translation>
    </message>
    <message>
        <source>Update the company with this business name if it exists</source>
        <translation>Firma mit diesem Firmennamen aktualisieren, falls vorhanden</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Email subscription</source>
        <translation>E-Mail-Abonnement</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>No marketing</source>
        <translation>Kein Marketing</translation>
    </message>
    <message>
        <source>SMS subscription</source>
        <translation>SMS-Abonnement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Privacy consent given</source>
        <translation>Einwilligung zum Datenschutz erteilt</translation>
    </message>
    <message>
        <source>Subscription groups</source>
        <translation>Abonnementgruppen</translation>
    </message>
    <message>
        <source>Update the contact with this name and email if it exists</source>
        <translation>Kontakt mit diesem Namen und dieser E-Mail aktualisieren, falls vorhanden</translation>
    </message>
</context>
<context>
    <name>CaptureCommand</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>No company was recognised in %1.</source>
        <translation>In %1 wurde keine Firma erkannt.</translation>
    </message>
    <message>
        <source>No contact was recognised in %1.</source>
        <translation>In %1 wurde kein Kontakt erkannt.</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Contact recognised</source>
        <translation>Kontakt erkannt</translation>
    </message>
    <message>
        <source>Recognised in %1. Untick what should not be filled in.</source>
        <translation>Erkannt in %1. Entfernen Sie das Häkchen bei allem, was nicht eingetragen werden soll.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not recognised (not filled in):</source>
        <translation>Nicht erkannt (wird nicht eingetragen):</translation>
    </message>
    <message>
        <source>The ticked fields fill the lead's new contact, and its new company when a company was recognised.</source>
        <translation>Die angehakten Felder füllen den neuen Kontakt des Leads und, wenn eine Firma erkannt wurde, seine neue Firma.</translation>
    </message>
    <message>
        <source>The ticked fields fill a new contact form, and a new company form for the company.</source>
        <translation>Die angehakten Felder füllen ein neues Kontaktformular und für die Firma ein neues Firmenformular.</translation>
    </message>
    <message>
        <source>Create &amp;contact</source>
        <translation>&amp;Kontakt anlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n cards in %1: create %n draft leads, one for each person, to finish in the panel on the left.</source>
        <translation>
            <numerusform>%n Karte in %1: %n Lead-Entwurf anlegen, für jede Person einen, zum Fertigstellen im Bereich links.</numerusform>
            <numerusform>%n Karten in %1: %n Lead-Entwürfe anlegen, für jede Person einen, zum Fertigstellen im Bereich links.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>person — company</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Create %n draft &amp;leads</source>
        <translation>
            <numerusform>%n Lead-&amp;Entwurf anlegen</numerusform>
            <numerusform>%n Lead-&amp;Entwürfe anlegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureHandler</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Paste &amp;contact…</source>
        <translation>&amp;Kontakt einfügen…</translation>
    </message>
    <message>
        <source>A vCard, a badge's QR code or an email signature from the clipboard, as a contact</source>
        <translation>Eine vCard, den QR-Code eines Namensschilds oder eine E-Mail-Signatur aus der Zwischenablage als Kontakt übernehmen</translation>
    </message>
    <message>
        <source>The clipboard holds no text or image.</source>
        <translation>Die Zwischenablage enthält keinen Text und kein Bild.</translation>
    </message>
    <message>
        <source>The image on the clipboard cannot be read.</source>
        <translation>Das Bild in der Zwischenablage kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The clipboard: %1</source>
        <comment>what was pasted holds no contact</comment>
        <translation>Zwischenablage: %1</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
    <message>
        <source>No contact recognised</source>
        <translation>Kein Kontakt erkannt</translation>
    </message>
    <message numerus="yes">
        <source>%n draft lead(s) created in the panel on the left.</source>
        <translation>
            <numerusform>%n Lead-Entwurf im Bereich links angelegt.</numerusform>
            <numerusform>%n Lead-Entwürfe im Bereich links angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureImport</name>
    <message>
        <source>Phone (work)</source>
        <translation>Telefon (geschäftlich)</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Telefon (mobil)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Telefon (privat)</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>lead name: person, company</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 draft leads were kept; the next could not be saved: %2</source>
        <translation>
            <numerusform>%n von %1 Lead-Entwürfen wurde aufbewahrt; der nächste konnte nicht gespeichert werden: %2</numerusform>
            <numerusform>%n von %1 Lead-Entwürfen wurden aufbewahrt; der nächste konnte nicht gespeichert werden: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>The QR code holds no contact card.</source>
        <translation>Der QR-Code enthält keine Visitenkarte.</translation>
    </message>
    <message>
        <source>No contact was recognised: no vCard, MECARD, or signature with an email or phone.</source>
        <translation>Kein Kontakt erkannt: keine vCard, keine MECARD und keine Signatur mit E-Mail-Adresse oder Telefonnummer.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; it is not read.</source>
        <translation>%1 ist größer als %2 MB und wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The input is larger than %1 MB; it is not read.</source>
        <translation>Die Eingabe ist größer als %1 MB und wird nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>could not refresh the lookups (%1); using those from %2 UTC.</source>
        <translation>die Auswahllisten konnten nicht aktualisiert werden (%1); es werden die vom %2 UTC verwendet.</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>No platform given: use --platform URL, --profile NAME or --sandbox, or set LEADDESK_PLATFORM.</source>
        <translation>Keine Plattform angegeben: Verwenden Sie --platform URL, --profile NAME oder --sandbox, oder setzen Sie LEADDESK_PLATFORM.</translation>
    </message>
    <message>
        <source>No API key: set IVVY_API_KEY.</source>
        <translation>Kein API-Schlüssel: Setzen Sie IVVY_API_KEY.</translation>
    </message>
    <message>
        <source>No API secret: set IVVY_API_SECRET.</source>
        <translation>Kein API-Secret: Setzen Sie IVVY_API_SECRET.</translation>
    </message>
    <message>
        <source>There is no profile named '%1'. Profiles are set up in the LeadDesk app (Settings → Profiles).</source>
        <translation>Es gibt kein Profil namens „%1“. Profile werden in der LeadDesk-App eingerichtet (Einstellungen → Profile).</translation>
    </message>
    <message>
        <source>No API secret is stored for profile '%1'; set IVVY_API_SECRET or enter it in the app.</source>
        <translation>Für das Profil „%1“ ist kein API-Secret gespeichert; setzen Sie IVVY_API_SECRET oder geben Sie es in der App ein.</translation>
    </message>
    <message>
        <source>The API secret of profile '%1' could not be read: %2 Set IVVY_API_SECRET instead.</source>
        <translation>Das API-Secret des Profils „%1“ konnte nicht gelesen werden: %2 Setzen Sie stattdessen IVVY_API_SECRET.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>--kind must be lead, company or contact, not '%1'.</source>
        <translation>--kind muss lead, company oder contact sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Choose one of --platform, --profile and --sandbox.</source>
        <translation>Wählen Sie eine der Optionen --platform, --profile und --sandbox.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>ping takes no arguments.</source>
        <translation>ping erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Did you mean 'lookups refresh'?</source>
        <translation>Meinten Sie „lookups refresh“?</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 erwartet genau eine DATEI.</translation>
    </message>
    <message>
        <source>Did you mean 'outbox list' or 'outbox flush'?</source>
        <translation>Meinten Sie „outbox list“ oder „outbox flush“?</translation>
    </message>
    <message>
        <source>Did you mean 'schema import lead FILE'?</source>
        <translation>Meinten Sie „schema import lead DATEI“?</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>%1 needs a FILE (or - for bodies on standard input).</source>
        <translation>%1 erwartet eine DATEI (oder - für Anfrageinhalte von der Standardeingabe).</translation>
    </message>
    <message>
        <source>import needs exactly one FILE (.csv or .xlsx).</source>
        <translation>import braucht genau eine DATEI (.csv oder .xlsx).</translation>
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
        <translation>Aufruf: leaddesk-cli [--platform URL | --profile NAME | --sandbox] [--data-dir VERZ] BEFEHL

Befehle:
  ping                          Adresse und Zugangsdaten prüfen (test?action=ping)
  lookups refresh               Auswahllisten und Definitionen der
                                benutzerdefinierten Felder abrufen
  schema import lead DATEI      Definitionen der benutzerdefinierten Lead-Felder
                                des Profils festlegen
  validate [--kind lead|company|contact] DATEI...
                                Anfrageinhalte lokal prüfen; Probleme als
                                Zeilen "field: message"
  submit [--kind lead|company|contact] DATEI...
                                prüfen, dann senden; gibt
                                "&lt;kind&gt; &lt;id&gt; created|updated" aus, oder "queued &lt;id&gt;"
                                (Exit-Code 4), wenn die Plattform nicht erreichbar ist
                                DATEI - liest einen JSON-Inhalt pro Zeile von stdin;
                                bei mehreren Inhalten beginnt jede Zeile mit ihrem
                                Dateinamen oder "line N", und der Exit-Code ist
                                der höchste von ihnen; ein Kontakt oder eine Firma,
                                die es auf der Plattform vielleicht schon gibt, wird in
                                "possible duplicate of &lt;kind&gt; &lt;id&gt;: &lt;reason&gt;"-Zeilen
                                genannt, und submit sendet sie nur mit
                                --allow-duplicate
  outbox list | flush [--no-batch]
                                wartende Einträge auflisten / jetzt senden; mehr
                                als 20 neue Datensätze gehen in Stapelläufen
                                hinaus, außer mit --no-batch
  capture [--kind contact|company] DATEI
                                den Kontakt- (oder Firmen-)Inhalt, der in einer
                                .vcf-Datei, im QR-Code auf dem Foto eines
                                Namensschilds oder in einer Signatur erkannt wurde
  import [--kind lead] [--mapping MAP.json] [--dry-run] [--report REPORT.csv]
         [--no-batch] DATEI
                                jede Zeile einer .csv- oder .xlsx-Datei prüfen und
                                die fertigen jeweils genau einmal senden; gibt
                                "N rows: A ready, B with problems, C duplicates" aus

Optionen:
  --platform URL     die Adresse der Plattform (https:// oder http:// zu diesem Computer)
  --profile NAME     ein in der LeadDesk-App eingerichtetes Profil
  --sandbox          eine lokale Sandbox-Plattform verwenden; nichts verlässt diesen Computer
  --data-dir VERZ    wo LeadDesk seine Daten ablegt
  -h, --help         diese Hilfe anzeigen
  --version          die Version anzeigen

Umgebung: LEADDESK_PLATFORM, LEADDESK_DATA_DIR, IVVY_API_KEY, IVVY_API_SECRET.
Exit-Codes: 0 erledigt, 1 Aufruf fehlerhaft, 2 lokal ungültig, 3 von der Plattform abgelehnt,
4 Plattform nicht erreichbar, 5 Konfiguration oder Zugangsdaten.
</translation>
    </message>
    <message>
        <source>--mapping, --dry-run, --report and --no-batch belong to import (--no-batch also to 'outbox flush').</source>
        <translation>--mapping, --dry-run, --report und --no-batch gehören zu import (--no-batch auch zu 'outbox flush').</translation>
    </message>
    <message>
        <source>--no-batch goes with 'outbox flush'.</source>
        <translation>--no-batch gehört zu „outbox flush“.</translation>
    </message>
</context>
<context>
    <name>ComboFieldEditor</name>
    <message>
        <source>%1 (not one of the choices)</source>
        <translation>%1 (keine der Auswahlmöglichkeiten)</translation>
    </message>
</context>
<context>
    <name>CommandDeadline</name>
    <message>
        <source>LEADDESK_COMMAND_TIMEOUT must be a whole number of seconds (0: none), not "%1".</source>
        <translation>LEADDESK_COMMAND_TIMEOUT muss eine ganze Zahl von Sekunden sein (0: keine Frist), nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>CompanyMatcher</name>
    <message>
        <source>same company name</source>
        <translation>gleicher Firmenname</translation>
    </message>
    <message>
        <source>same company name once '%1' is ignored</source>
        <translation>gleicher Firmenname, wenn man „%1“ weglässt</translation>
    </message>
    <message>
        <source>same company name once spaces are ignored</source>
        <translation>gleicher Firmenname, wenn man die Leerzeichen weglässt</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>similar company name: only '%1' differs</source>
        <translation>ähnlicher Firmenname: nur „%1“ ist anders</translation>
    </message>
    <message>
        <source>similar company name: the same words in another order</source>
        <translation>ähnlicher Firmenname: dieselben Wörter in anderer Reihenfolge</translation>
    </message>
    <message>
        <source>similar company name: one letter apart</source>
        <translation>ähnlicher Firmenname: ein Buchstabe anders</translation>
    </message>
    <message>
        <source>'%1' are the initials of '%2'</source>
        <translation>„%1“ sind die Anfangsbuchstaben von „%2“</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>dieselbe Telefonnummer</translation>
    </message>
    <message>
        <source>the same web domain</source>
        <translation>dieselbe Web-Domain</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected: the platform answered and accepted the key and secret.</source>
        <translation>Verbunden: Die Plattform hat geantwortet und Schlüssel und Secret akzeptiert.</translation>
    </message>
</context>
<context>
    <name>ContactMatcher</name>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>gleicher Name und gleiche Firma</translation>
    </message>
    <message>
        <source>similar name and same company</source>
        <translation>ähnlicher Name und gleiche Firma</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>gleicher Name und gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>similar name and same phone</source>
        <translation>ähnlicher Name und gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same name and email domain (%1)</source>
        <translation>gleicher Name und gleiche E-Mail-Domain (%1)</translation>
    </message>
</context>
<context>
    <name>ContactTypeEditor</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This system cannot read Windows-1252 text; save the file as UTF-8 CSV.</source>
        <translation>Dieses System kann keinen Windows-1252-Text lesen; speichern Sie die Datei als CSV in UTF-8.</translation>
    </message>
    <message>
        <source>The file is not a CSV or Excel file: it holds binary data.</source>
        <translation>Die Datei ist keine CSV- oder Excel-Datei: Sie enthält Binärdaten.</translation>
    </message>
    <message>
        <source>The file has no header row: it holds only empty lines.</source>
        <translation>Die Datei hat keine Kopfzeile: Sie enthält nur leere Zeilen.</translation>
    </message>
    <message>
        <source>The file could not be read to its end: %1</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden: %1</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns.</source>
        <translation>Zeile %1 hat mehr als %2 Spalten.</translation>
    </message>
    <message>
        <source>The row that starts on line %1 is longer than %2 characters; is a closing quote missing?</source>
        <translation>Der Datensatz ab Zeile %1 ist länger als %2 Zeichen; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <source>The quoted value that starts on line %1 is never closed.</source>
        <translation>Der Wert in Anführungszeichen ab Zeile %1 wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>CustomFieldSchema</name>
    <message>
        <source>Small Text</source>
        <translation>Kurzer Text</translation>
    </message>
    <message>
        <source>Large Text</source>
        <translation>Langer Text</translation>
    </message>
    <message>
        <source>Single Select</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>Multiple Select</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Static Text</source>
        <translation>Statischer Text</translation>
    </message>
    <message>
        <source>Whole Number</source>
        <translation>Ganze Zahl</translation>
    </message>
    <message>
        <source>Large Select</source>
        <translation>Große Auswahl</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>fieldId %1</source>
        <translation>fieldId %1</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>fieldId must be a positive whole number</source>
        <translation>fieldId muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>duplicate fieldId %1</source>
        <translation>fieldId %1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>fieldType must be a number from 0 to 9</source>
        <translation>fieldType muss eine Zahl von 0 bis 9 sein</translation>
    </message>
    <message>
        <source>unknown fieldType %1 (0 to 9 are known)</source>
        <translation>unbekannter fieldType %1 (bekannt sind 0 bis 9)</translation>
    </message>
    <message>
        <source>displayName is missing</source>
        <translation>displayName fehlt</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>sortOrder must be a whole number</source>
        <translation>sortOrder muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>the label of select value '%1' is not text</source>
        <translation>die Beschriftung des Auswahlwerts „%1“ ist kein Text</translation>
    </message>
    <message>
        <source>select values must be text</source>
        <translation>Auswahlwerte müssen Text sein</translation>
    </message>
    <message>
        <source>duplicate select value '%1'</source>
        <translation>Auswahlwert „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>selectValues must be an object of key: label</source>
        <translation>selectValues muss ein Objekt aus Schlüssel: Beschriftung sein</translation>
    </message>
    <message>
        <source>a %1 field needs selectValues</source>
        <translation>ein Feld vom Typ %1 braucht selectValues</translation>
    </message>
    <message>
        <source>fileTypes must be a list</source>
        <translation>fileTypes muss eine Liste sein</translation>
    </message>
    <message>
        <source>Files cannot be sent through the platform's API; attach them in iVvy.</source>
        <translation>Dateien können nicht über die API der Plattform gesendet werden; hängen Sie sie in iVvy an.</translation>
    </message>
    <message>
        <source>fieldId %1 is too large (at most %2)</source>
        <translation>fieldId %1 ist zu groß (höchstens %2)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is already open.</source>
        <translation>Die Datenbank %1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed; the database cannot be opened.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert; die Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a LeadDesk database or cannot be read: %2</source>
        <translation>%1 ist keine LeadDesk-Datenbank oder kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer LeadDesk (schema version %2; this one knows up to %3); it was left untouched.</source>
        <translation>%1 wurde von einer neueren LeadDesk-Version geschrieben (Schemaversion %2; diese kennt bis %3); die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to write-ahead logging (the journal mode stayed "%2"); is it on a network or read-only file system?</source>
        <translation>Die Datenbank %1 kann nicht auf Write-Ahead-Logging umgestellt werden (der Journalmodus blieb „%2“); liegt sie auf einem Netzwerk- oder schreibgeschützten Dateisystem?</translation>
    </message>
    <message>
        <source>Cannot update the database %1 to schema version %2 (%3); it stays at version %4: %5</source>
        <translation>Die Datenbank %1 kann nicht auf Schemaversion %2 aktualisiert werden (%3); sie bleibt bei Version %4: %5</translation>
    </message>
    <message>
        <source>PRAGMA user_version gave no answer.</source>
        <translation>PRAGMA user_version lieferte keine Antwort.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Nested database transactions are not supported; finish the running one first.</source>
        <translation>Verschachtelte Datenbanktransaktionen werden nicht unterstützt; schließen Sie zuerst die laufende ab.</translation>
    </message>
    <message>
        <source>The database is not open (while running %1).</source>
        <translation>Die Datenbank ist nicht geöffnet (bei der Ausführung von %1).</translation>
    </message>
    <message>
        <source>simulated disk failure</source>
        <translation>simulierter Datenträgerfehler</translation>
    </message>
    <message>
        <source>Could not write to the database (%1) while running %2.</source>
        <translation>In die Datenbank konnte nicht geschrieben werden (%1) bei der Ausführung von %2.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a LeadDesk database; LeadDesk left it as it is. Restore it from a backup, or move it away to start with an empty one.</source>
        <translation>%1 ist leer (0 Bytes) und damit keine LeadDesk-Datenbank; LeadDesk hat sie unverändert gelassen. Stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, um mit einer leeren zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the database %1; nothing was kept: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden; nichts davon wurde behalten: %2</translation>
    </message>
    <message>
        <source>Cannot create the database %1: renaming %2 failed.</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2 ließ sich nicht umbenennen.</translation>
    </message>
    <message>
        <source>%1 is not a LeadDesk database (%2); LeadDesk left it as it is. Move it away, or put LeadDesk's own file back.</source>
        <translation>%1 ist keine LeadDesk-Datenbank (%2); LeadDesk hat sie unverändert gelassen. Verschieben Sie sie oder legen Sie die eigene Datei von LeadDesk zurück.</translation>
    </message>
    <message>
        <source>it belongs to another program, application id %1</source>
        <translation>sie gehört zu einem anderen Programm, Anwendungskennung %1</translation>
    </message>
    <message>
        <source>it holds tables but no LeadDesk schema version</source>
        <translation>sie enthält Tabellen, aber keine LeadDesk-Schemaversion</translation>
    </message>
    <message>
        <source>schema version %1 without LeadDesk's tables</source>
        <translation>Schemaversion %1 ohne die Tabellen von LeadDesk</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>jjjj-mm-tt</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Pick a date from a calendar (F4)</source>
        <translation>Datum aus einem Kalender wählen (F4)</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Datum leer lassen</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Datum leeren</translation>
    </message>
    <message>
        <source>A date as yyyy-mm-dd</source>
        <translation>Ein Datum als jjjj-mm-tt</translation>
    </message>
    <message>
        <source>A date as %1 or yyyy-mm-dd</source>
        <translation>Ein Datum als %1 oder jjjj-mm-tt</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>year in a date hint</comment>
        <translation>jjjj</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>month in a date hint</comment>
        <translation>mm</translation>
    </message>
    <message>
        <source>dd</source>
        <comment>day in a date hint</comment>
        <translation>tt</translation>
    </message>
</context>
<context>
    <name>DateValue</name>
    <message>
        <source>'%1' is not a date in the form %2; the file may use %3.</source>
        <translation>„%1“ ist kein Datum der Form %2; die Datei verwendet vielleicht %3.</translation>
    </message>
    <message>
        <source>'%1' is not a date in the form %2.</source>
        <translation>„%1“ ist kein Datum der Form %2.</translation>
    </message>
</context>
<context>
    <name>DraftFile</name>
    <message>
        <source>Save what is typed as a file</source>
        <translation>Eingegebenes als Datei speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved as %1. It is a request body: leaddesk-cli submit can send it.</source>
        <translation>Als %1 gespeichert. Es ist ein Anfrageinhalt: leaddesk-cli submit kann ihn senden.</translation>
    </message>
</context>
<context>
    <name>DuplicateOffer</name>
    <message>
        <source>Use this</source>
        <translation>Diesen verwenden</translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation>Nicht dieser</translation>
    </message>
    <message>
        <source>Perhaps %1</source>
        <translation>Vielleicht %1</translation>
    </message>
</context>
<context>
    <name>DuplicateRadar</name>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>cannot be set through the API</source>
        <translation>kann nicht über die API gesetzt werden</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is no longer an active user</source>
        <translation>%1 ist kein aktiver Benutzer mehr</translation>
    </message>
    <message>
        <source>must be a list of ids</source>
        <translation>muss eine Liste von IDs sein</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>%1, required</source>
        <translation>%1, Pflichtfeld</translation>
    </message>
    <message>
        <source>A line of text.</source>
        <translation>Eine Textzeile.</translation>
    </message>
    <message>
        <source>Text of several lines.</source>
        <translation>Text über mehrere Zeilen.</translation>
    </message>
    <message>
        <source>An email address.</source>
        <translation>Eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Choose one value from the list.</source>
        <translation>Wählen Sie einen Wert aus der Liste.</translation>
    </message>
    <message>
        <source>Tick any number of values.</source>
        <translation>Kreuzen Sie beliebig viele Werte an.</translation>
    </message>
    <message>
        <source>A check box: on or off.</source>
        <translation>Ein Kontrollkästchen: an oder aus.</translation>
    </message>
    <message>
        <source>An address in several parts.</source>
        <translation>Eine Adresse aus mehreren Teilen.</translation>
    </message>
    <message>
        <source>A date as year-month-day, such as 2026-03-31.</source>
        <translation>Ein Datum als Jahr-Monat-Tag, etwa 2026-03-31.</translation>
    </message>
    <message>
        <source>A file kept on the platform; not sent from here.</source>
        <translation>Eine Datei auf der Plattform; wird von hier nicht gesendet.</translation>
    </message>
    <message>
        <source>Information only.</source>
        <translation>Nur zur Information.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Type to search for an existing contact.</source>
        <translation>Tippen Sie, um einen vorhandenen Kontakt zu suchen.</translation>
    </message>
    <message>
        <source>Type to search for an existing company.</source>
        <translation>Tippen Sie, um eine vorhandene Firma zu suchen.</translation>
    </message>
    <message>
        <source>Whether the lead belongs to a contact or a company.</source>
        <translation>Ob der Lead zu einem Kontakt oder einer Firma gehört.</translation>
    </message>
    <message>
        <source>A list of record numbers, separated by commas.</source>
        <translation>Eine Liste von Datensatznummern, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>A value as JSON text.</source>
        <translation>Ein Wert als JSON-Text.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Files cannot be sent through the platform's API.</source>
        <translation>Dateien können nicht über die API der Plattform gesendet werden.</translation>
    </message>
    <message>
        <source>Accepted: %1.</source>
        <translation>Zulässig: %1.</translation>
    </message>
</context>
<context>
    <name>GrayImage</name>
    <message>
        <source>This is not a PNG or JPEG image.</source>
        <translation>Dies ist kein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>The PNG image cannot be read.</source>
        <translation>Das PNG-Bild kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The image is too large to look for a code in.</source>
        <translation>Das Bild ist zu groß, um darin nach einem Code zu suchen.</translation>
    </message>
    <message>
        <source>The JPEG image cannot be read, or is too large.</source>
        <translation>Das JPEG-Bild kann nicht gelesen werden oder ist zu groß.</translation>
    </message>
</context>
<context>
    <name>IdListEditor</name>
    <message>
        <source>Type an id and press Enter to add it</source>
        <translation>Geben Sie eine ID ein und drücken Sie Enter, um sie hinzuzufügen</translation>
    </message>
    <message>
        <source>Type a business name to add a company</source>
        <translation>Geben Sie einen Firmennamen ein, um eine Firma hinzuzufügen</translation>
    </message>
    <message>
        <source>Type a name or email to add a contact</source>
        <translation>Geben Sie einen Namen oder eine E-Mail-Adresse ein, um einen Kontakt hinzuzufügen</translation>
    </message>
    <message>
        <source>Chosen records</source>
        <translation>Gewählte Einträge</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take the selected record out of the list</source>
        <translation>Den gewählten Eintrag aus der Liste nehmen</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>&amp;Only rows with problems or duplicates</source>
        <translation>&amp;Nur Zeilen mit Problemen oder Duplikaten</translation>
    </message>
    <message>
        <source>&amp;Export problem rows…</source>
        <translation>Problemzeilen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Fix a cell by typing in it (F2); the row is checked again at once.</source>
        <translation>Noch wurde nichts gesendet. Korrigieren Sie eine Zelle, indem Sie hineinschreiben (F2); die Zeile wird sofort erneut geprüft.</translation>
    </message>
    <message>
        <source>Checking rows… %1 of %2</source>
        <translation>Zeilen werden geprüft… %1 von %2</translation>
    </message>
    <message>
        <source>Rows: %1 — ready: %2, with problems: %3, duplicates: %4 (to send anyway: %5)</source>
        <translation>Zeilen: %1 — bereit: %2, mit Problemen: %3, Duplikate: %4 (trotzdem senden: %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of this file were already sent by an earlier run; they are not sent again.</source>
        <translation>
            <numerusform>%n Zeile dieser Datei wurde bereits bei einem früheren Durchlauf gesendet; sie wird nicht erneut gesendet.</numerusform>
            <numerusform>%n Zeilen dieser Datei wurden bereits bei einem früheren Durchlauf gesendet; sie werden nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export problem rows</source>
        <translation>Problemzeilen exportieren</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-Probleme</translation>
    </message>
    <message>
        <source>The problem rows are in %1.</source>
        <translation>Die Problemzeilen stehen in %1.</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(diese Spalte ignorieren)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>column "%1" matches no field and is ignored.</source>
        <translation>Spalte "%1" passt zu keinem Feld und wird ignoriert.</translation>
    </message>
    <message>
        <source>using the mapping saved for files with these columns.</source>
        <translation>die für Dateien mit diesen Spalten gespeicherte Zuordnung wird verwendet.</translation>
    </message>
    <message>
        <source>could not look up existing contacts and companies on the platform (%1); only those seen before are used.</source>
        <translation>vorhandene Kontakte und Firmen konnten auf der Plattform nicht gesucht werden (%1); nur die bereits bekannten werden verwendet.</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message numerus="yes">
        <source>"%1" in column %2 matches no %3 (%n row(s)); map it with "values" in MAP.json.</source>
        <translation>
            <numerusform>"%1" in Spalte %2 passt zu keinem Wert von %3 (%n Zeile); ordnen Sie ihn mit "values" in MAP.json zu.</numerusform>
            <numerusform>"%1" in Spalte %2 passt zu keinem Wert von %3 (%n Zeilen); ordnen Sie ihn mit "values" in MAP.json zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows, %3 rows/s, %4 s left</source>
        <translation>%1 von %2 Zeilen, %3 Zeilen/s, noch %4 s</translation>
    </message>
    <message>
        <source>%1 sent, %2 queued, %3 rejected</source>
        <translation>%1 gesendet, %2 in der Warteschlange, %3 abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had been queued by an earlier import of this file and were not sent again.</source>
        <translation>
            <numerusform>%n Zeile war von einem früheren Import dieser Datei eingereiht worden und wurde nicht erneut gesendet.</numerusform>
            <numerusform>%n Zeilen waren von einem früheren Import dieser Datei eingereiht worden und wurden nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the mapping's column %1 names no field of the imported records; it is ignored.</source>
        <translation>die Spalte %1 der Zuordnung nennt kein Feld der importierten Datensätze; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>contacts: %1 ready rows use an existing one, %2 create a new one, %3 use a new one that another row creates.</source>
        <translation>Kontakte: %1 fertige Zeilen verwenden einen vorhandenen, %2 legen einen neuen an, %3 verwenden einen neuen, den eine andere Zeile anlegt.</translation>
    </message>
</context>
<context>
    <name>ImportCsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportDryRun</name>
    <message>
        <source>column %1 (no header)</source>
        <translation>Spalte %1 (ohne Überschrift)</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no</source>
        <translation>"%1" ist weder ja noch nein</translation>
    </message>
    <message>
        <source>"%1" matches no option of %2</source>
        <translation>"%1" passt zu keiner Auswahl von %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with problems, %4 duplicates</source>
        <translation>%1 Zeilen: %2 fertig, %3 mit Problemen, %4 Duplikate</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Zeichenkodierung:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>Every row is checked before anything is sent.</source>
        <translation>Jede Zeile wird geprüft, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s), %1 column(s)</source>
        <translation>
            <numerusform>%n Datenzeile, %1 Spalte(n)</numerusform>
            <numerusform>%n Datenzeilen, %1 Spalte(n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHandler</name>
    <message>
        <source>&amp;Import leads…</source>
        <translation>Leads &amp;importieren…</translation>
    </message>
    <message>
        <source>Check and send the leads of a .csv or .xlsx file</source>
        <translation>Die Leads einer .csv- oder .xlsx-Datei prüfen und senden</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>The mapping has an unknown part "%1" (it takes columns, dateFormat and values).</source>
        <translation>Die Zuordnung hat einen unbekannten Teil "%1" (sie kennt columns, dateFormat und values).</translation>
    </message>
    <message>
        <source>The mapping's "columns" must be an object of header → target.</source>
        <translation>"columns" der Zuordnung muss ein Objekt aus Überschrift → Ziel sein.</translation>
    </message>
    <message>
        <source>The mapping's column "%1" has no target the import knows: use a lead key, contact.&lt;key&gt;, company.&lt;key&gt;, customFields.&lt;id&gt; or ignore.</source>
        <translation>Die Spalte "%1" der Zuordnung hat kein Ziel, das der Import kennt: Verwenden Sie einen Lead-Schlüssel, contact.&lt;key&gt;, company.&lt;key&gt;, customFields.&lt;id&gt; oder ignore.</translation>
    </message>
    <message>
        <source>The mapping's dateFormat "%1" is not one of dd/MM/yyyy, MM/dd/yyyy and yyyy-MM-dd.</source>
        <translation>Das dateFormat "%1" der Zuordnung ist keins von dd/MM/yyyy, MM/dd/yyyy und yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>The mapping's "values" must be an object of target → {value: key}.</source>
        <translation>"values" der Zuordnung muss ein Objekt aus Ziel → {Wert: Schlüssel} sein.</translation>
    </message>
    <message>
        <source>The mapping's values for "%1" must be an object of value → key.</source>
        <translation>Die Werte der Zuordnung für "%1" müssen ein Objekt aus Wert → Schlüssel sein.</translation>
    </message>
    <message>
        <source>The mapping's value "%1" of "%2" must name a key or an id.</source>
        <translation>Der Wert "%1" von "%2" in der Zuordnung muss einen Schlüssel oder eine ID nennen.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Die Zuordnung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is larger than 1 MiB.</source>
        <translation>Die Zuordnung %1 ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>Die Zuordnung %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>it holds something else</source>
        <translation>sie enthält etwas anderes</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Füllt</translation>
    </message>
    <message>
        <source>Values that match no option: choose what each stands for.</source>
        <translation>Werte, die zu keiner Option passen: Wählen Sie, wofür jeder steht.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Steht für</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the field each column fills. Columns matched by their name are filled in already.</source>
        <translation>Wählen Sie das Feld, das jede Spalte füllt. Spalten, die über ihren Namen erkannt wurden, sind schon ausgefüllt.</translation>
    </message>
    <message>
        <source>day/month/year (dd/MM/yyyy)</source>
        <translation>Tag/Monat/Jahr (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>month/day/year (MM/dd/yyyy)</source>
        <translation>Monat/Tag/Jahr (MM/dd/yyyy)</translation>
    </message>
    <message>
        <source>ISO (yyyy-MM-dd)</source>
        <translation>ISO (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>&amp;Dates are written as:</source>
        <translation>&amp;Datumsangaben sind geschrieben als:</translation>
    </message>
    <message>
        <source>Using the mapping you saved for files with these columns.</source>
        <translation>Die Zuordnung, die Sie für Dateien mit diesen Spalten gespeichert haben, wird verwendet.</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>What "%1" stands for</source>
        <translation>Wofür „%1“ steht</translation>
    </message>
    <message>
        <source>(leave it: the rows have a problem)</source>
        <translation>(so lassen: die Zeilen haben ein Problem)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>the same lead name and contact as row %1</source>
        <translation>derselbe Lead-Name und Kontakt wie in Zeile %1</translation>
    </message>
    <message>
        <source>uses contact %1</source>
        <translation>verwendet Kontakt %1</translation>
    </message>
    <message>
        <source>creates a new contact</source>
        <translation>legt einen neuen Kontakt an</translation>
    </message>
    <message>
        <source>uses the new contact of row %1</source>
        <translation>verwendet den neuen Kontakt aus Zeile %1</translation>
    </message>
    <message>
        <source>uses company %1</source>
        <translation>verwendet Firma %1</translation>
    </message>
    <message>
        <source>creates a new company</source>
        <translation>legt eine neue Firma an</translation>
    </message>
    <message>
        <source>uses the new company of row %1</source>
        <translation>verwendet die neue Firma aus Zeile %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: problem</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>duplicate of row %1</source>
        <translation>Duplikat von Zeile %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The same lead name and contact as row %1. Tick to send it anyway.</source>
        <translation>Derselbe Lead-Name und Kontakt wie in Zeile %1. Anhaken, um sie trotzdem zu senden.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>An earlier run queued it as outbox item %1, which was deleted; it is not sent again.</source>
        <translation>Ein früherer Lauf hat sie als Postausgangseintrag %1 eingereiht, der gelöscht wurde; sie wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>It was taken back from the outbox for editing (item %1).</source>
        <translation>Sie wurde zur Bearbeitung aus dem Postausgang zurückgenommen (Eintrag %1).</translation>
    </message>
    <message>
        <source>It was deleted from the outbox.</source>
        <translation>Sie wurde aus dem Postausgang gelöscht.</translation>
    </message>
    <message>
        <source>waits for its new company, queued as outbox item %1</source>
        <translation>wartet auf ihre neue Firma, eingereiht als Postausgangseintrag %1</translation>
    </message>
    <message>
        <source>waits for its new contact, queued as outbox item %1</source>
        <translation>wartet auf ihren neuen Kontakt, eingereiht als Postausgangseintrag %1</translation>
    </message>
    <message>
        <source>its new company was refused: %1</source>
        <translation>ihre neue Firma wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>its new contact was refused: %1</source>
        <translation>ihr neuer Kontakt wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>ImportSendPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top sending</source>
        <translation>Senden &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Each row is sent once, even when this file is imported again.</source>
        <translation>Jede Zeile wird einmal gesendet, auch wenn diese Datei erneut importiert wird.</translation>
    </message>
    <message>
        <source>What was sent stays sent; rows waiting in the outbox go out by themselves; the rest are not sent.</source>
        <translation>Was gesendet wurde, bleibt gesendet; Zeilen im Postausgang gehen von selbst hinaus; der Rest wird nicht gesendet.</translation>
    </message>
    <message>
        <source>What the outbox says about sending (batches, fallbacks) appears here.</source>
        <translation>Was der Postausgang über das Senden meldet (Stapel, Ausweichen auf Einzelanfragen), erscheint hier.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already sent by an earlier run of this file: they are followed, not sent again.</source>
        <translation>
            <numerusform>%n Zeile wurde bereits bei einem früheren Durchlauf dieser Datei gesendet: Sie wird verfolgt, nicht erneut gesendet.</numerusform>
            <numerusform>%n Zeilen wurden bereits bei einem früheren Durchlauf dieser Datei gesendet: Sie werden verfolgt, nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>Restzeit unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows, %3 rows/s, %4</source>
        <translation>%1 von %2 Zeilen, %3 Zeilen/s, %4</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1 sent, %2 waiting in the outbox (they go out by themselves), %3 refused, %4 not sent.</source>
        <translation>%1 gesendet, %2 warten im Postausgang (sie gehen von selbst hinaus), %3 abgelehnt, %4 nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had been sent by an earlier run of this file and were not sent again.</source>
        <translation>
            <numerusform>%n Zeile war bereits bei einem früheren Durchlauf dieser Datei gesendet worden und wurde nicht erneut gesendet.</numerusform>
            <numerusform>%n Zeilen waren bereits bei einem früheren Durchlauf dieser Datei gesendet worden und wurden nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>-results</source>
        <translation>-Ergebnisse</translation>
    </message>
    <message>
        <source>The results are in %1.</source>
        <translation>Die Ergebnisse stehen in %1.</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Existing contacts and companies could not be looked up on the platform (%1); only those seen before are used.</source>
        <translation>Vorhandene Kontakte und Firmen konnten auf der Plattform nicht nachgeschlagen werden (%1); nur bereits bekannte werden verwendet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import leads from %1</source>
        <translation>Leads aus %1 importieren</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>JSON, e.g. [{"groupId": 10}]</source>
        <translation>JSON, z. B. [{"groupId": 10}]</translation>
    </message>
    <message>
        <source>JSON, e.g. [{"ref": "site", "label": "Website", "url": "https://example.com"}]</source>
        <translation>JSON, z. B. [{"ref": "site", "label": "Website", "url": "https://example.com"}]</translation>
    </message>
    <message>
        <source>JSON, e.g. {"firstName": "Ana", "lastName": "Silva", "email": "ana@example.com"}</source>
        <translation>JSON, z. B. {"firstName": "Ana", "lastName": "Silva", "email": "ana@example.com"}</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei %3.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 holds a JSON array; a JSON object {…} was expected.</source>
        <translation>%1 enthält ein JSON-Array; erwartet wurde ein JSON-Objekt {…}.</translation>
    </message>
    <message>
        <source>%1 holds a JSON object; a JSON array […] was expected.</source>
        <translation>%1 enthält ein JSON-Objekt; erwartet wurde ein JSON-Array […].</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at %2.</source>
        <translation>%1 ist kein gültiges JSON an %2.</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes; a request body may hold at most %3 MiB (%4 bytes), what the platform accepts.</source>
        <translation>%1 enthält %2 Bytes; ein Anfrageinhalt darf höchstens %3 MiB (%4 Bytes) groß sein, so viel nimmt die Plattform an.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
</context>
<context>
    <name>JsonScan</name>
    <message>
        <source>the text</source>
        <translation>der Text</translation>
    </message>
    <message>
        <source>the text is not valid JSON at line %1, column %2</source>
        <translation>der Text ist kein gültiges JSON in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object (line %2, column %3); remove one of them</source>
        <translation>der Schlüssel %1 kommt zweimal im selben Objekt vor (Zeile %2, Spalte %3); entfernen Sie einen davon</translation>
    </message>
    <message>
        <source>%1 holds the control character %2 (line %3, column %4); remove it</source>
        <translation>%1 enthält das Steuerzeichen %2 (Zeile %3, Spalte %4); entfernen Sie es</translation>
    </message>
    <message>
        <source>%1 holds %2, half of a surrogate pair and no character (line %3, column %4)</source>
        <translation>%1 enthält %2, eine halbe Ersatzzeichenfolge (Surrogat) und kein Zeichen (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>%1 holds the byte %2, which is not UTF-8 text (line %3, column %4)</source>
        <translation>%1 enthält das Byte %2, das kein UTF-8-Text ist (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>%1 is %2, too large to be read exactly: whole numbers in JSON are exact up to %3 (line %4, column %5)</source>
        <translation>%1 ist %2, zu groß, um genau gelesen zu werden: ganze Zahlen in JSON sind bis %3 genau (Zeile %4, Spalte %5)</translation>
    </message>
    <message>
        <source>%1 nests objects and arrays more than %2 deep (line %3, column %4)</source>
        <translation>%1 verschachtelt Objekte und Listen tiefer als %2 Ebenen (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>the text holds more than %1 values or containers (line %2, column %3)</source>
        <translation>der Text enthält mehr als %1 Werte oder Container (Zeile %2, Spalte %3)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The secret has no name to be stored under.</source>
        <translation>Das Secret hat keinen Namen, unter dem es gespeichert werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde (%1).</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>details withheld</source>
        <translation>Details zurückgehalten</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>the Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>No secret is saved under that name in %1</source>
        <translation>Unter diesem Namen ist kein Secret gespeichert (%1)</translation>
    </message>
    <message>
        <source>The secret could not be deleted from %1</source>
        <translation>Das Secret konnte nicht gelöscht werden (%1)</translation>
    </message>
    <message>
        <source>Access to %1 was refused</source>
        <translation>Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>Access to %1 was denied; it may be locked</source>
        <translation>Zugriff verweigert (%1); der Speicher ist möglicherweise gesperrt</translation>
    </message>
    <message>
        <source>No system keychain is available</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar</translation>
    </message>
    <message>
        <source>This system's keychain is not supported</source>
        <translation>Der Schlüsselbund dieses Systems wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Could not use %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
</context>
<context>
    <name>LargeSelectEditor</name>
    <message>
        <source>Type to find…</source>
        <translation>Zum Suchen tippen…</translation>
    </message>
    <message>
        <source>Show all values (Down)</source>
        <translation>Alle Werte anzeigen (Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Show all values</source>
        <translation>Alle Werte anzeigen</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>New lead like this</source>
        <translation>Neuer Lead wie dieser</translation>
    </message>
    <message>
        <source>&amp;Add custom field %1…</source>
        <translation>Benutzerdefiniertes Feld %1 &amp;hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add the %n custom field(s)…</source>
        <translation>
            <numerusform>Das benutzerdefinierte Feld &amp;hinzufügen…</numerusform>
            <numerusform>Die %n benutzerdefinierten Felder &amp;hinzufügen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSchemaNotice</name>
    <message>
        <source>This profile has no lead custom fields yet, so leads are sent without them and the platform may refuse them. The platform cannot list them: import the lead schema file your admin exported from LeadDesk (Settings → Lead schema → Export…).</source>
        <translation>Dieses Profil hat noch keine benutzerdefinierten Lead-Felder, daher werden Leads ohne sie gesendet und die Plattform lehnt sie womöglich ab. Die Plattform kann diese Felder nicht auflisten: Importieren Sie die Lead-Schema-Datei, die Ihr Administrator aus LeadDesk exportiert hat (Einstellungen → Lead-Schema → Exportieren…).</translation>
    </message>
    <message>
        <source>&amp;Import lead schema…</source>
        <translation>Lead-Schema &amp;importieren…</translation>
    </message>
    <message>
        <source>Import lead schema</source>
        <translation>Lead-Schema importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>the lead schema</source>
        <translation>das Lead-Schema</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>LookupCache</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>kein JSON-Array</translation>
    </message>
    <message>
        <source>No profile was given for the lookup cache.</source>
        <translation>Für den Zwischenspeicher der Auswahllisten wurde kein Profil angegeben.</translation>
    </message>
    <message>
        <source>The fetch time of the lookup lists of profile %1 is invalid.</source>
        <translation>Der Abrufzeitpunkt der Auswahllisten von Profil %1 ist ungültig.</translation>
    </message>
    <message>
        <source>A lookup list of profile %1 has no name.</source>
        <translation>Eine Auswahlliste von Profil %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Cannot update the lookup cache of profile %1; the previous lists are kept: %2</source>
        <translation>Der Zwischenspeicher der Auswahllisten von Profil %1 kann nicht aktualisiert werden; die bisherigen Listen bleiben erhalten: %2</translation>
    </message>
    <message>
        <source>Cannot read the lookup cache of profile %1: %2</source>
        <translation>Der Zwischenspeicher der Auswahllisten von Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its fetch time is unreadable</source>
        <translation>sein Abrufzeitpunkt ist nicht lesbar</translation>
    </message>
    <message>
        <source>The cached lookup list "%1" of profile %2 is damaged (%3); refresh the lookups.</source>
        <translation>Die zwischengespeicherte Auswahlliste „%1“ von Profil %2 ist beschädigt (%3); aktualisieren Sie die Auswahllisten.</translation>
    </message>
    <message>
        <source>No profile was given for the lead custom fields.</source>
        <translation>Für die benutzerdefinierten Lead-Felder wurde kein Profil angegeben.</translation>
    </message>
    <message>
        <source>Cannot store the lead custom fields of profile %1: %2</source>
        <translation>Die benutzerdefinierten Lead-Felder von Profil %1 können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the lead custom fields of profile %1: %2</source>
        <translation>Die benutzerdefinierten Lead-Felder von Profil %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The cached lead custom fields of profile %1 are damaged (%2); import them again.</source>
        <translation>Die zwischengespeicherten benutzerdefinierten Lead-Felder von Profil %1 sind beschädigt (%2); importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>LookupCatalog</name>
    <message>
        <source>contact custom fields</source>
        <translation>benutzerdefinierte Kontaktfelder</translation>
    </message>
    <message>
        <source>company custom fields</source>
        <translation>benutzerdefinierte Firmenfelder</translation>
    </message>
    <message>
        <source>lead schema</source>
        <translation>Lead-Schema</translation>
    </message>
</context>
<context>
    <name>LookupFetcher</name>
    <message>
        <source>The platform's answer to %1 holds no list.</source>
        <translation>Die Antwort der Plattform auf %1 enthält keine Liste.</translation>
    </message>
    <message>
        <source>the lookups together passed %1 MB</source>
        <translation>die Nachschlagelisten zusammen überschritten %1 MB</translation>
    </message>
    <message>
        <source>it passed %1 MB</source>
        <translation>sie überschritt %1 MB</translation>
    </message>
    <message>
        <source>it passed %1 entries</source>
        <translation>sie überschritt %1 Einträge</translation>
    </message>
    <message>
        <source>The platform sent entries of %1 already received instead of the next page; LeadDesk took the %2 it had as the whole list.</source>
        <translation>Die Plattform schickte bereits erhaltene Einträge von %1 statt der nächsten Seite; LeadDesk nahm die %2 vorhandenen als ganze Liste.</translation>
    </message>
    <message>
        <source>The platform's list %1 is larger than LeadDesk takes: %2. LeadDesk stopped reading it and kept the lookups it had.</source>
        <translation>Die Liste %1 der Plattform ist größer, als LeadDesk annimmt: %2. LeadDesk hat das Lesen abgebrochen und die bisherigen Nachschlagelisten behalten.</translation>
    </message>
    <message>
        <source>The platform's list %1 was cut short at %2 entries: %3.</source>
        <translation>Die Liste %1 der Plattform wurde nach %2 Einträgen abgeschnitten: %3.</translation>
    </message>
</context>
<context>
    <name>LookupSync</name>
    <message>
        <source>The platform sent custom-field definitions LeadDesk cannot use: %1</source>
        <translation>Die Plattform hat Definitionen benutzerdefinierter Felder gesendet, die LeadDesk nicht verwenden kann: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Drafts and outbox</source>
        <translation>Entwürfe und Postausgang</translation>
    </message>
    <message>
        <source>The lookup lists could not be refreshed: %1 Forms use the lists from %2.</source>
        <translation>Die Auswahllisten konnten nicht aktualisiert werden: %1 Die Formulare verwenden die Listen vom %2.</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>noch nirgends</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;lead</source>
        <translation>Neuer &amp;Lead</translation>
    </message>
    <message>
        <source>New &amp;company</source>
        <translation>Neue &amp;Firma</translation>
    </message>
    <message>
        <source>New c&amp;ontact</source>
        <translation>Neuer &amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Drafts are also saved as you type</source>
        <translation>Entwürfe werden auch beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>&amp;Close form</source>
        <translation>Formular s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find &amp;leads…</source>
        <translation>&amp;Leads suchen…</translation>
    </message>
    <message>
        <source>Find &amp;companies…</source>
        <translation>&amp;Firmen suchen…</translation>
    </message>
    <message>
        <source>Find c&amp;ontacts…</source>
        <translation>&amp;Kontakte suchen…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Da&amp;tensatz</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Refresh lookup lists</source>
        <translation>Auswahllisten &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Verbindung prüfen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About LeadDesk</source>
        <translation>&amp;Über LeadDesk</translation>
    </message>
    <message>
        <source>About LeadDesk</source>
        <translation>Über LeadDesk</translation>
    </message>
    <message>
        <source>LeadDesk %1 — lead entry for the iVvy platform.</source>
        <translation>LeadDesk %1 – Lead-Erfassung für die iVvy-Plattform.</translation>
    </message>
    <message>
        <source>You are trying LeadDesk with the built-in sandbox: nothing you enter leaves this computer.</source>
        <translation>Sie testen LeadDesk mit der eingebauten Sandbox: Nichts, was Sie eingeben, verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Platform: not checked yet</source>
        <translation>Plattform: noch nicht geprüft</translation>
    </message>
    <message>
        <source>Platform: checking…</source>
        <translation>Plattform: wird geprüft…</translation>
    </message>
    <message>
        <source>Platform: online</source>
        <translation>Plattform: online</translation>
    </message>
    <message>
        <source>Platform: unreachable</source>
        <translation>Plattform: nicht erreichbar</translation>
    </message>
    <message>
        <source>Platform: key or secret refused</source>
        <translation>Plattform: Schlüssel oder Secret abgelehnt</translation>
    </message>
    <message>
        <source>Lookups: refreshing…</source>
        <translation>Auswahllisten: werden aktualisiert…</translation>
    </message>
    <message>
        <source>Lookups: not loaded yet</source>
        <translation>Auswahllisten: noch nicht geladen</translation>
    </message>
    <message>
        <source>Lookups: just refreshed</source>
        <translation>Auswahllisten: gerade aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Lookups: %n minute(s) old</source>
        <translation>
            <numerusform>Auswahllisten: %n Minute alt</numerusform>
            <numerusform>Auswahllisten: %n Minuten alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lookups: %n hour(s) old</source>
        <translation>
            <numerusform>Auswahllisten: %n Stunde alt</numerusform>
            <numerusform>Auswahllisten: %n Stunden alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lookups: %n day(s) old</source>
        <translation>
            <numerusform>Auswahllisten: %n Tag alt</numerusform>
            <numerusform>Auswahllisten: %n Tage alt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — LeadDesk</source>
        <translation>%1 – LeadDesk</translation>
    </message>
    <message>
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Der Entwurf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>What is typed in %1 could not be saved as a draft. Close it anyway and lose it?</source>
        <translation>Die Eingaben in %1 konnten nicht als Entwurf gespeichert werden. Trotzdem schließen und die Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>Kept as a draft in the panel on the left.</source>
        <translation>Als Entwurf im Bereich links aufbewahrt.</translation>
    </message>
    <message>
        <source>Request inspector</source>
        <translation>Anfrage-Inspektor</translation>
    </message>
    <message>
        <source>Request &amp;inspector</source>
        <translation>Anfrage-&amp;Inspektor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Sent &amp;history</source>
        <translation>&amp;Versandverlauf</translation>
    </message>
    <message>
        <source>Sent history</source>
        <translation>Versandverlauf</translation>
    </message>
    <message>
        <source>&amp;Drafts and outbox</source>
        <translation>&amp;Entwürfe und Postausgang</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <source>What is typed in “%1” is not sent. Save keeps it as a draft in the panel on the left, to finish later; Discard throws it away.</source>
        <translation>Was in „%1“ eingegeben ist, wurde nicht gesendet. Speichern behält es als Entwurf in der Leiste links, um es später fertigzustellen; Verwerfen wirft es weg.</translation>
    </message>
    <message>
        <source>“%1” discarded.</source>
        <translation>„%1“ verworfen.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Kein Profil ist geöffnet.</translation>
    </message>
    <message>
        <source>“%1” could not be put back: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The lookup lists changed since this was queued: %1</source>
        <translation>Die Auswahllisten haben sich geändert, seit dies in die Warteschlange kam: %1</translation>
    </message>
    <message>
        <source>The lookup lists changed</source>
        <translation>Die Auswahllisten haben sich geändert</translation>
    </message>
    <message>
        <source>"%1" is being sent right now, so it may still reach the platform. Once its answer is in it is either sent, and there is nothing left to delete, or back in the queue, and it can be deleted then.</source>
        <translation>„%1“ wird gerade gesendet und kann die Plattform daher noch erreichen. Sobald die Antwort da ist, ist der Eintrag entweder gesendet – dann gibt es nichts mehr zu löschen – oder wieder in der Warteschlange und kann dann gelöscht werden.</translation>
    </message>
    <message>
        <source>"%1" may already be on the platform: LeadDesk is checking before it sends it again. It can be changed or deleted once that is known.</source>
        <translation>„%1“ ist vielleicht schon auf der Plattform: LeadDesk prüft das, bevor es den Eintrag erneut sendet. Er kann geändert oder gelöscht werden, sobald das feststeht.</translation>
    </message>
    <message>
        <source>"%1" was already sent (id %2); it stays in the sent history.</source>
        <translation>„%1“ wurde bereits gesendet (ID %2); der Eintrag bleibt im Versandverlauf.</translation>
    </message>
    <message>
        <source>"%1" is being sent by another LeadDesk on this computer, so it may still reach the platform. It can be changed or deleted once that one has its answer.</source>
        <translation>„%1“ wird gerade von einem anderen LeadDesk auf diesem Computer gesendet und kann die Plattform daher noch erreichen. Der Eintrag kann geändert oder gelöscht werden, sobald jenes LeadDesk seine Antwort hat.</translation>
    </message>
</context>
<context>
    <name>OutboxBatch</name>
    <message>
        <source>The platform does not take batch requests (%1); LeadDesk sends one request per record for the rest of this session.</source>
        <translation>Die Plattform nimmt keine Stapelanfragen an (%1); LeadDesk sendet für den Rest dieser Sitzung eine Anfrage pro Datensatz.</translation>
    </message>
    <message>
        <source>The platform's batch results did not include this record.</source>
        <translation>Die Stapelergebnisse der Plattform enthielten diesen Datensatz nicht.</translation>
    </message>
    <message>
        <source>Sent in a batch whose outcome is unknown (%1); LeadDesk looks up what landed before it sends anything again.</source>
        <translation>In einem Stapel gesendet, dessen Ergebnis unbekannt ist (%1); LeadDesk prüft, was angekommen ist, bevor es etwas erneut sendet.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the platform to finish a batch of %n record(s); looking up what landed.</source>
        <translation>
            <numerusform>Warten, bis die Plattform einen Stapel mit %n Datensatz abschließt; es wird geprüft, was angekommen ist.</numerusform>
            <numerusform>Warten, bis die Plattform einen Stapel mit %n Datensätzen abschließt; es wird geprüft, was angekommen ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were on their way when LeadDesk last stopped; looking up what landed before anything is sent again.</source>
        <translation>
            <numerusform>%n Datensatz war unterwegs, als LeadDesk zuletzt beendet wurde; es wird geprüft, was angekommen ist, bevor etwas erneut gesendet wird.</numerusform>
            <numerusform>%n Datensätze waren unterwegs, als LeadDesk zuletzt beendet wurde; es wird geprüft, was angekommen ist, bevor etwas erneut gesendet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the platform yet; its batch may still be landing. LeadDesk looks again before it sends it again.</source>
        <translation>Noch nicht auf der Plattform; sein Stapel kommt möglicherweise noch an. LeadDesk sieht erneut nach, bevor es ihn erneut sendet.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>nothing to send</source>
        <translation>nichts zu senden</translation>
    </message>
    <message>
        <source>sent %1 of %2</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still wait to be sent: %1</source>
        <translation>
            <numerusform>%n Eintrag wartet noch auf den Versand: %1</numerusform>
            <numerusform>%n Einträge warten noch auf den Versand: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were refused by the platform and need a fix in LeadDesk (see 'outbox list').</source>
        <translation>
            <numerusform>%n Eintrag wurde von der Plattform abgelehnt und muss in LeadDesk korrigiert werden (siehe „outbox list“).</numerusform>
            <numerusform>%n Einträge wurden von der Plattform abgelehnt und müssen in LeadDesk korrigiert werden (siehe „outbox list“).</numerusform>
        </translation>
    </message>
    <message>
        <source>everything was sent</source>
        <translation>alles wurde gesendet</translation>
    </message>
    <message>
        <source>The outbox cannot be written (%1); nothing more is sent until it can.</source>
        <translation>Der Postausgang kann nicht geschrieben werden (%1); bis dahin wird nichts mehr gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is sending this profile's outbox; the %n waiting item(s) go out from there.</source>
        <translation>
            <numerusform>Den Postausgang dieses Profils sendet %1; der %n wartende Eintrag geht von dort aus.</numerusform>
            <numerusform>Den Postausgang dieses Profils sendet %1; die %n wartenden Einträge gehen von dort aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxListModel</name>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>Muss korrigiert werden</translation>
    </message>
    <message>
        <source>Checking whether it arrived</source>
        <translation>Wird geprüft, ob es angekommen ist</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
    <message>
        <source>(untitled %1)</source>
        <translation>(%1 ohne Titel)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2, local id %3
%4</source>
        <translation>%1 %2, lokale ID %3
%4</translation>
    </message>
</context>
<context>
    <name>OutboxLock</name>
    <message>
        <source>the LeadDesk app (process %1)</source>
        <translation>die LeadDesk-App (Prozess %1)</translation>
    </message>
    <message>
        <source>another leaddesk-cli (process %1)</source>
        <translation>ein anderes leaddesk-cli (Prozess %1)</translation>
    </message>
    <message>
        <source>another LeadDesk program (process %1)</source>
        <translation>ein anderes LeadDesk-Programm (Prozess %1)</translation>
    </message>
    <message>
        <source>its lock file %1 cannot be created: the folder is read-only or full</source>
        <translation>seine Sperrdatei %1 kann nicht angelegt werden: der Ordner ist schreibgeschützt oder voll</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Send &amp;now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation>Entwürfe und Postausgang</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v von %m gesendet</translation>
    </message>
    <message>
        <source>Send everything that waits, now</source>
        <translation>Alles Wartende jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n wartet auf Versand</numerusform>
            <numerusform>%n warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a fix</source>
        <translation>
            <numerusform>%n muss korrigiert werden</numerusform>
            <numerusform>%n müssen korrigiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts and leads waiting to be sent appear here.</source>
        <translation>Entwürfe und Leads, die auf den Versand warten, erscheinen hier.</translation>
    </message>
    <message>
        <source>Sending is paused: %1</source>
        <translation>Der Versand ist angehalten: %1</translation>
    </message>
    <message>
        <source>The platform cannot be reached; they go out by themselves when it answers.</source>
        <translation>Die Plattform ist nicht erreichbar; die Einträge werden automatisch gesendet, sobald sie antwortet.</translation>
    </message>
    <message>
        <source>Edit a queued record?</source>
        <translation>Wartenden Datensatz bearbeiten?</translation>
    </message>
    <message>
        <source>"%1" waits to be sent. Take it out of the outbox to edit it? It goes back when you submit it again.</source>
        <translation>„%1“ wartet auf den Versand. Zum Bearbeiten aus dem Postausgang nehmen? Der Eintrag kommt zurück, sobald Sie ihn erneut senden.</translation>
    </message>
    <message>
        <source>Delete a queued record?</source>
        <translation>Wartenden Datensatz löschen?</translation>
    </message>
    <message>
        <source>"%1" has not been sent yet. Delete it? It will not reach the platform.</source>
        <translation>„%1“ wurde noch nicht gesendet. Löschen? Dann erreicht der Eintrag die Plattform nicht.</translation>
    </message>
    <message>
        <source>"%1" deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>LeadDesk cannot write its data folder, so nothing more is sent until it can: %1 Nothing is lost; it goes on by itself once the folder can be written again.</source>
        <translation>LeadDesk kann nicht in seinen Datenordner schreiben, daher wird bis dahin nichts mehr gesendet: %1 Es geht nichts verloren; der Versand geht von selbst weiter, sobald der Ordner wieder beschreibbar ist.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Der Postausgang konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>It is %1</source>
        <translation>Es ist %1</translation>
    </message>
    <message>
        <source>None of them: send it again</source>
        <translation>Keiner davon: erneut senden</translation>
    </message>
    <message>
        <source>Which record is it?</source>
        <translation>Welcher Datensatz ist es?</translation>
    </message>
    <message>
        <source>LeadDesk lost the answer to "%1" and found more than one record on the platform that could be it. Which one is it?</source>
        <translation>LeadDesk hat die Antwort zu „%1“ verloren und auf der Plattform mehr als einen Datensatz gefunden, der es sein könnte. Welcher ist es?</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>"%1" could not be put back: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Delete the selected draft or record that waits (Del)</source>
        <translation>Den ausgewählten Entwurf oder wartenden Datensatz löschen (Entf)</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>The platform refused the API key or secret: %1</source>
        <translation>Die Plattform hat den API-Schlüssel oder das Secret abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>Item %1 is not in a state that allows this (it may have been sent or deleted meanwhile).</source>
        <translation>Eintrag %1 ist nicht in einem Zustand, der dies erlaubt (er wurde inzwischen vielleicht gesendet oder gelöscht).</translation>
    </message>
    <message>
        <source>LeadDesk stopped while this was being sent; it is checked before it is sent again.</source>
        <translation>LeadDesk wurde während des Sendens beendet; vor einem erneuten Senden wird geprüft, ob es angekommen ist.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Es gibt keinen Eintrag %1.</translation>
    </message>
</context>
<context>
    <name>PingCommand</name>
    <message>
        <source>The platform answered the ping without an acknowledgement.</source>
        <translation>Die Plattform hat den Ping ohne Bestätigung beantwortet.</translation>
    </message>
</context>
<context>
    <name>PlatformAddress</name>
    <message>
        <source>No platform address is set.</source>
        <translation>Es ist keine Plattformadresse eingestellt.</translation>
    </message>
    <message>
        <source>'%1' is not a platform address.</source>
        <translation>„%1“ ist keine Plattformadresse.</translation>
    </message>
    <message>
        <source>'%1' uses plain HTTP; LeadDesk only talks HTTPS to a platform (plain HTTP is allowed to this computer only).</source>
        <translation>„%1“ verwendet unverschlüsseltes HTTP; LeadDesk spricht mit einer Plattform nur über HTTPS (unverschlüsseltes HTTP ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>'%1' is not an https:// address.</source>
        <translation>„%1“ ist keine https://-Adresse.</translation>
    </message>
    <message>
        <source>'%1' must be a plain address without user, query or fragment.</source>
        <translation>„%1“ muss eine einfache Adresse ohne Benutzer, Abfrage oder Fragment sein.</translation>
    </message>
</context>
<context>
    <name>PlatformAnswer</name>
    <message>
        <source>"%1" (text)</source>
        <translation>„%1“ (Text)</translation>
    </message>
    <message>
        <source>The platform's answer is not a JSON object; it says nothing about the record.</source>
        <translation>Die Antwort der Plattform ist kein JSON-Objekt; sie sagt nichts über den Datensatz.</translation>
    </message>
    <message>
        <source>The platform answered that the record was not saved.</source>
        <translation>Die Plattform antwortete, dass der Datensatz nicht gespeichert wurde.</translation>
    </message>
    <message>
        <source>The platform's answer does not say whether the record was saved (it has no "success").</source>
        <translation>Die Antwort der Plattform sagt nicht, ob der Datensatz gespeichert wurde (sie enthält kein „success“).</translation>
    </message>
    <message>
        <source>The platform's answer says "success" is %1, neither true nor false; LeadDesk cannot tell whether the record was saved.</source>
        <translation>Die Antwort der Plattform nennt „success“ %1, weder true noch false; LeadDesk kann nicht erkennen, ob der Datensatz gespeichert wurde.</translation>
    </message>
    <message>
        <source>The platform's answer holds no id.</source>
        <translation>Die Antwort der Plattform enthält keine ID.</translation>
    </message>
    <message>
        <source>The platform's answer holds the id %1, which %2.</source>
        <translation>Die Antwort der Plattform enthält die ID %1; diese %2.</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>is not a positive number</source>
        <translation>ist keine positive Zahl</translation>
    </message>
    <message>
        <source>is too large to be read exactly (ids go up to %1)</source>
        <translation>ist zu groß, um genau gelesen zu werden (IDs gehen bis %1)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>No platform address is set.</source>
        <translation>Es ist keine Plattformadresse eingestellt.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Es ist kein API-Schlüssel eingestellt.</translation>
    </message>
    <message>
        <source>No API secret is available for key %1.</source>
        <translation>Für den Schlüssel %1 ist kein API-Secret verfügbar.</translation>
    </message>
</context>
<context>
    <name>PlatformError</name>
    <message>
        <source>The platform refused the request</source>
        <translation>Die Plattform hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>The platform refused the API key or secret: %1</source>
        <translation>Die Plattform hat den API-Schlüssel oder das Secret abgelehnt: %1</translation>
    </message>
    <message>
        <source>The platform answered HTTP %1</source>
        <translation>Die Plattform antwortete mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>PlatformReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ProblemSummary</name>
    <message>
        <source>Problems to fix before sending</source>
        <translation>Vor dem Senden zu behebende Probleme</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A profile needs an API key.</source>
        <translation>Ein Profil braucht einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>RadarIndex</name>
    <message>
        <source>Unknown record kind "%1"; expected contact or company.</source>
        <translation>Unbekannte Datensatzart „%1“; erwartet wird contact oder company.</translation>
    </message>
    <message>
        <source>No profile was given for the radar index.</source>
        <translation>Für den Dublettenindex wurde kein Profil angegeben.</translation>
    </message>
    <message>
        <source>A %1 without an id cannot go into the radar index; none were stored.</source>
        <translation>Ein Datensatz (%1) ohne ID kann nicht in den Dublettenindex; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot index the %1 records of profile %2: %3</source>
        <translation>Die Datensätze (%1) des Profils %2 können nicht indexiert werden: %3</translation>
    </message>
    <message>
        <source>The %1 %2 was not stored.</source>
        <translation>Der Datensatz %1 %2 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot read the radar index: %1</source>
        <translation>Der Dublettenindex kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RadarOffers</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This may exist already</source>
        <translation>Das gibt es vielleicht schon</translation>
    </message>
    <message>
        <source>%1 may be there already: %2.</source>
        <translation>%1 ist vielleicht schon vorhanden: %2.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Create a new one anyway</source>
        <translation>Trotzdem neu anlegen</translation>
    </message>
</context>
<context>
    <name>ReachabilityProbe</name>
    <message>
        <source>This computer has no network connection.</source>
        <translation>Dieser Computer hat keine Netzwerkverbindung.</translation>
    </message>
</context>
<context>
    <name>RecordBody</name>
    <message>
        <source>must be a list of custom field values</source>
        <translation>muss eine Liste von Werten benutzerdefinierter Felder sein</translation>
    </message>
    <message>
        <source>needs a fieldId</source>
        <translation>braucht eine fieldId</translation>
    </message>
    <message>
        <source>there is no %1 custom field %2</source>
        <translation>es gibt kein benutzerdefiniertes Feld %2 für %1</translation>
    </message>
    <message>
        <source>a %1 custom field takes '%2'</source>
        <translation>ein benutzerdefiniertes Feld für %1 erwartet „%2“</translation>
    </message>
    <message>
        <source>must be an object with the new %1's details</source>
        <translation>muss ein Objekt mit den Angaben zum neuen Datensatz (%1) sein</translation>
    </message>
    <message>
        <source>'%1' is not a %2 field</source>
        <translation>„%1“ ist kein Feld für %2</translation>
    </message>
    <message>
        <source>give either companyId or a new company, not both</source>
        <translation>geben Sie entweder companyId oder eine neue Firma an, nicht beides</translation>
    </message>
    <message>
        <source>give either contactId or a new contact, not both</source>
        <translation>geben Sie entweder contactId oder einen neuen Kontakt an, nicht beides</translation>
    </message>
    <message>
        <source>give either companyLeadContactId or a new contact, not both</source>
        <translation>geben Sie entweder companyLeadContactId oder einen neuen Kontakt an, nicht beides</translation>
    </message>
    <message>
        <source>a lead that belongs to a company takes companyLeadContactId, not contactId</source>
        <translation>ein Lead, der zu einer Firma gehört, verwendet companyLeadContactId, nicht contactId</translation>
    </message>
    <message>
        <source>companyLeadContactId needs companyId or a new company</source>
        <translation>companyLeadContactId braucht companyId oder eine neue Firma</translation>
    </message>
</context>
<context>
    <name>RecordBrowser</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading from the platform</source>
        <translation>Wird von der Plattform geladen</translation>
    </message>
    <message>
        <source>Load again what could not be loaded (F5)</source>
        <translation>Erneut laden, was nicht geladen werden konnte (F5)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search companies by business name…</source>
        <translation>Firmen nach Firmenname suchen…</translation>
    </message>
    <message>
        <source>Search contacts by name or email…</source>
        <translation>Kontakte nach Name oder E-Mail suchen…</translation>
    </message>
    <message>
        <source>Search leads by name…</source>
        <translation>Leads nach Name suchen…</translation>
    </message>
    <message>
        <source>%1 of %2 companies</source>
        <translation>%1 von %2 Firmen</translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation>%1 von %2 Kontakten</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 von %2 Leads</translation>
    </message>
    <message>
        <source>No companies on the platform</source>
        <translation>Keine Firmen auf der Plattform</translation>
    </message>
    <message>
        <source>No contacts on the platform</source>
        <translation>Keine Kontakte auf der Plattform</translation>
    </message>
    <message>
        <source>No leads on the platform</source>
        <translation>Keine Leads auf der Plattform</translation>
    </message>
    <message>
        <source>No company's business name contains “%1”</source>
        <translation>Kein Firmenname enthält „%1“</translation>
    </message>
    <message>
        <source>No contact's name or email contains “%1”</source>
        <translation>Kein Kontaktname und keine E-Mail enthält „%1“</translation>
    </message>
    <message>
        <source>No lead's name contains “%1”</source>
        <translation>Kein Lead-Name enthält „%1“</translation>
    </message>
    <message>
        <source>Loading companies…</source>
        <translation>Firmen werden geladen…</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Kontakte werden geladen…</translation>
    </message>
    <message>
        <source>Loading leads…</source>
        <translation>Leads werden geladen…</translation>
    </message>
    <message>
        <source>Loading all %2 companies to sort them: %1 so far…</source>
        <translation>Alle %2 Firmen werden zum Sortieren geladen: bisher %1…</translation>
    </message>
    <message>
        <source>Loading all %2 contacts to sort them: %1 so far…</source>
        <translation>Alle %2 Kontakte werden zum Sortieren geladen: bisher %1…</translation>
    </message>
    <message>
        <source>Loading all %2 leads to sort them: %1 so far…</source>
        <translation>Alle %2 Leads werden zum Sortieren geladen: bisher %1…</translation>
    </message>
    <message>
        <source>Could not load companies: %1. Press F5 to try again.</source>
        <translation>Firmen konnten nicht geladen werden: %1. Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Could not load contacts: %1. Press F5 to try again.</source>
        <translation>Kontakte konnten nicht geladen werden: %1. Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Could not load leads: %1. Press F5 to try again.</source>
        <translation>Leads konnten nicht geladen werden: %1. Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>RecordBrowserModel</name>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (Quelle: %2)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Company or contact</source>
        <translation>Firma oder Kontakt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Trading name</source>
        <translation>Handelsname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Sorted among the %1 loaded: the rest could not be loaded</source>
        <translation>Sortiert unter den %1 geladenen: der Rest konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Sorted among the %1 loaded; narrow the search to sort all</source>
        <translation>Sortiert unter den %1 geladenen; grenzen Sie die Suche ein, um alle zu sortieren</translation>
    </message>
    <message>
        <source>Showing the first %1; narrow the search to see the others.</source>
        <translation>Die ersten %1 werden gezeigt; grenzen Sie die Suche ein, um die anderen zu sehen.</translation>
    </message>
    <message>
        <source>The platform sent records already shown instead of the next ones; the list ends here.</source>
        <translation>Die Plattform schickte bereits gezeigte Datensätze statt der nächsten; die Liste endet hier.</translation>
    </message>
    <message>
        <source>Showing the first %1: the platform's answers passed %2 MB; narrow the search to see the others.</source>
        <translation>Die ersten %1 werden gezeigt: Die Antworten der Plattform überschritten %2 MB; grenzen Sie die Suche ein, um die anderen zu sehen.</translation>
    </message>
</context>
<context>
    <name>RecordDirectory</name>
    <message>
        <source>Unknown record kind "%1"; expected contact or company.</source>
        <translation>Unbekannte Datensatzart „%1“; erwartet wird contact oder company.</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>No profile was given for the record directory.</source>
        <translation>Für das Datensatzverzeichnis wurde kein Profil angegeben.</translation>
    </message>
    <message>
        <source>Record %1 of the %2 records to remember has no usable id; none were stored.</source>
        <translation>Datensatz %1 der %2 zu merkenden Datensätze hat keine verwendbare ID; keiner wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cannot cache the %1 records of profile %2: %3</source>
        <translation>Die Datensätze (%1) von Profil %2 können nicht zwischengespeichert werden: %3</translation>
    </message>
    <message>
        <source>The search limit must be at least 1 (it was %1).</source>
        <translation>Das Suchlimit muss mindestens 1 sein (es war %1).</translation>
    </message>
    <message>
        <source>Cannot search the cached %1 records: %2</source>
        <translation>Die zwischengespeicherten Datensätze (%1) können nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <source>The cached %1 %2 of profile %3 is damaged (%4).</source>
        <translation>Der zwischengespeicherte Datensatz %1 %2 von Profil %3 ist beschädigt (%4).</translation>
    </message>
    <message>
        <source>Cannot read the cached %1 %2: %3</source>
        <translation>Der zwischengespeicherte Datensatz %1 %2 kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>RecordFetch</name>
    <message>
        <source>The platform has no %1 %2 (any more).</source>
        <translation>Auf der Plattform gibt es %1 %2 nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Check and send (Ctrl+Enter)</source>
        <translation>Prüfen und senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show all fields</source>
        <translation>Alle Felder anzeigen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %n thing(s) to fix first. They are listed below and marked at their fields (F8 goes to the next one).</source>
        <translation>
            <numerusform>Noch nicht gesendet: Zuerst ist %n Punkt zu beheben. Er ist unten aufgeführt und am Feld markiert (F8 springt zum nächsten).</numerusform>
            <numerusform>Noch nicht gesendet: Zuerst sind %n Punkte zu beheben. Sie sind unten aufgeführt und an ihren Feldern markiert (F8 springt zum nächsten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed, so nothing was sent.</source>
        <translation>Es hat sich nichts geändert, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Checking whether someone else changed this %1 since you opened it…</source>
        <translation>Es wird geprüft, ob jemand anderes diesen Datensatz (%1) seit dem Öffnen geändert hat…</translation>
    </message>
    <message>
        <source>Could not check whether someone else changed this %1: %2</source>
        <translation>Es konnte nicht geprüft werden, ob jemand anderes diesen Datensatz (%1) geändert hat: %2</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still here.</source>
        <translation>Nicht gespeichert. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>The record could not be kept for sending: %1 It is still here.</source>
        <translation>Der Datensatz konnte nicht für den Versand aufbewahrt werden: %1 Er ist noch hier.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>%1 %2 created.</source>
        <translation>%1 %2 angelegt.</translation>
    </message>
    <message>
        <source>%1 %2 updated.</source>
        <translation>%1 %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>The platform did not accept this %1: %2 Nothing was saved there; fix the marked fields and submit again.</source>
        <translation>Die Plattform hat diesen Datensatz (%1) nicht angenommen: %2 Dort wurde nichts gespeichert; korrigieren Sie die markierten Felder und senden Sie erneut.</translation>
    </message>
    <message>
        <source>%1 The %2 is kept in the outbox and is sent by itself when the platform answers; it is never sent twice.</source>
        <translation>%1 Der Datensatz (%2) bleibt im Postausgang und wird automatisch gesendet, sobald die Plattform antwortet; er wird nie doppelt gesendet.</translation>
    </message>
    <message>
        <source>Edit lead %1</source>
        <translation>Lead %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>Firma %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Kontakt %1 bearbeiten</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>The draft is saved again.</source>
        <translation>Der Entwurf wird wieder gespeichert.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1 What you typed is still here, but it is not kept on this computer until a save succeeds.</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1 Ihre Eingaben sind noch da, werden aber erst auf diesem Computer aufbewahrt, wenn das Speichern gelingt.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation>Als &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Check and save the changes (Ctrl+Enter)</source>
        <translation>Prüfen und Änderungen speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>“%1” went out from the outbox: it is %2 %3 on the platform now.</source>
        <translation>„%1“ wurde aus dem Postausgang gesendet: Auf der Plattform ist es jetzt %2 %3.</translation>
    </message>
    <message>
        <source>The platform did not accept “%1”: %2 It waits in the outbox panel for a fix.</source>
        <translation>Die Plattform hat „%1“ nicht angenommen: %2 Es wartet in der Postausgangsleiste auf eine Korrektur.</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <source>The platform asks for custom fields this profile does not know (%1). Import the lead schema your admin exported, then send again.</source>
        <translation>Die Plattform verlangt benutzerdefinierte Felder, die dieses Profil nicht kennt (%1). Importieren Sie das Lead-Schema, das Ihr Admin exportiert hat, und senden Sie erneut.</translation>
    </message>
</context>
<context>
    <name>RecordPickerEditor</name>
    <message>
        <source>Type a business name to search</source>
        <translation>Firmennamen zum Suchen eingeben</translation>
    </message>
    <message>
        <source>Type a name or email to search</source>
        <translation>Namen oder E-Mail zum Suchen eingeben</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Leave this empty</source>
        <translation>Leer lassen</translation>
    </message>
    <message>
        <source>Clear the chosen record</source>
        <translation>Gewählten Datensatz entfernen</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>Could not ask the platform; showing records seen before (%1).</source>
        <translation>Die Plattform konnte nicht gefragt werden; es werden bereits bekannte Datensätze angezeigt (%1).</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>cannot be emptied</source>
        <translation>kann nicht geleert werden</translation>
    </message>
    <message>
        <source>%1 has no subtypes</source>
        <translation>%1 hat keine Untertypen</translation>
    </message>
    <message>
        <source>subtype %1 is not a subtype of %2</source>
        <translation>Untertyp %1 ist kein Untertyp von %2</translation>
    </message>
    <message>
        <source>reason %1 is not a reason of stage %2</source>
        <translation>Grund %1 gehört nicht zur Phase %2</translation>
    </message>
    <message>
        <source>a new company has no contacts yet; create the contact too</source>
        <translation>eine neue Firma hat noch keine Kontakte; legen Sie den Kontakt ebenfalls an</translation>
    </message>
    <message>
        <source>must be a list of {"groupId": number}</source>
        <translation>muss eine Liste von {"groupId": Zahl} sein</translation>
    </message>
    <message>
        <source>must be a list of links, each with a ref</source>
        <translation>muss eine Liste von Links sein, jeweils mit ref</translation>
    </message>
    <message>
        <source>at most 3 external links</source>
        <translation>höchstens 3 externe Links</translation>
    </message>
    <message>
        <source>must be a contact object</source>
        <translation>muss ein Kontaktobjekt sein</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>Firma %1</translation>
    </message>
    <message>
        <source>%1 is not a contact of %2; pick one of its contacts</source>
        <translation>%1 ist kein Kontakt von %2; wählen Sie einen ihrer Kontakte</translation>
    </message>
</context>
<context>
    <name>RequestInspector</name>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>String that was signed</source>
        <translation>Signierte Zeichenkette</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Request inspector</source>
        <translation>Anfrage-Inspektor</translation>
    </message>
    <message>
        <source>Recent platform calls</source>
        <translation>Letzte Plattformaufrufe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>LeadDesk signs this string with HMAC-SHA1 and the API secret. Neither the secret nor the signature is shown here.</source>
        <translation>LeadDesk signiert diese Zeichenkette mit HMAC-SHA1 und dem API-Secret. Weder das Secret noch die Signatur werden hier angezeigt.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Signed string</source>
        <translation>Signierte Zeichenkette</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command</source>
        <translation>Den gewählten Aufruf als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copies a curl command for the selected call, with $IVVY_API_KEY and $SIGNATURE in place of the key and the signature</source>
        <translation>Kopiert einen curl-Befehl für den gewählten Aufruf, mit $IVVY_API_KEY und $SIGNATURE anstelle von Schlüssel und Signatur</translation>
    </message>
    <message>
        <source>Clear the list of calls</source>
        <translation>Die Liste der Aufrufe leeren</translation>
    </message>
    <message>
        <source>Select a call above to see what was sent and received.</source>
        <translation>Wählen Sie oben einen Aufruf, um zu sehen, was gesendet und empfangen wurde.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Cut: the first %1 of %2 bytes.</source>
        <translation>Gekürzt: die ersten %1 von %2 Bytes.</translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation>Status: %1 – %2</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms, attempt %2</source>
        <translation>Dauer: %1 ms, Versuch %2</translation>
    </message>
</context>
<context>
    <name>ResponseMapper</name>
    <message>
        <source>The platform's answer was larger than %1 MB; it was not read.</source>
        <translation>Die Antwort der Plattform war größer als %1 MB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The platform at %1 did not answer in time.</source>
        <translation>Die Plattform unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The platform's answer from %1 was cut off: %2</source>
        <translation>Die Antwort der Plattform von %1 wurde abgeschnitten: %2</translation>
    </message>
    <message>
        <source>Could not reach the platform at %1: connection refused.</source>
        <translation>Die Plattform unter %1 war nicht erreichbar: Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Could not reach the platform: host %1 not found.</source>
        <translation>Die Plattform war nicht erreichbar: Host %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>The platform at %1 closed the connection before answering.</source>
        <translation>Die Plattform unter %1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped after the request was sent.</source>
        <translation>Die Verbindung zu %1 brach ab, nachdem die Anfrage gesendet war.</translation>
    </message>
    <message>
        <source>Could not reach the platform at %1: %2</source>
        <translation>Die Plattform unter %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The platform sent an empty answer.</source>
        <translation>Die Plattform hat eine leere Antwort gesendet.</translation>
    </message>
    <message>
        <source>The platform's answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort der Plattform ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The platform at %1 did not finish answering within %2 s; the call was stopped.</source>
        <translation>Die Plattform unter %1 hat ihre Antwort nicht innerhalb von %2 s beendet; der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The platform at %1 sent the request elsewhere (HTTP %2 redirect); LeadDesk does not follow redirects: check the platform address.</source>
        <translation>Die Plattform unter %1 hat die Anfrage weitergeleitet (HTTP-%2-Umleitung); LeadDesk folgt keinen Umleitungen: Prüfen Sie die Plattformadresse.</translation>
    </message>
    <message>
        <source>The platform at %1 sent the request to %2 (HTTP %3 redirect); LeadDesk does not follow redirects: check the platform address.</source>
        <translation>Die Plattform unter %1 hat die Anfrage an %2 weitergeleitet (HTTP-%3-Umleitung); LeadDesk folgt keinen Umleitungen: Prüfen Sie die Plattformadresse.</translation>
    </message>
    <message>
        <source>The platform at %1 sent something that is not an HTTP answer: %2</source>
        <translation>Die Plattform unter %1 hat etwas geschickt, das keine HTTP-Antwort ist: %2</translation>
    </message>
    <message>
        <source>The platform's answer was not read: %1.</source>
        <translation>Die Antwort der Plattform wurde nicht gelesen: %1.</translation>
    </message>
    <message>
        <source>The platform's batch result for this record is not an answer.</source>
        <translation>Das Stapelergebnis der Plattform für diesen Datensatz ist keine gültige Antwort.</translation>
    </message>
</context>
<context>
    <name>SchemaCommand</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>lead schema: %n custom field(s) imported</source>
        <translation>
            <numerusform>Lead-Schema: %n benutzerdefiniertes Feld importiert</numerusform>
            <numerusform>Lead-Schema: %n benutzerdefinierte Felder importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>&amp;Add field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>Feld &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>lead-schema.json</source>
        <translation>lead-schema.json</translation>
    </message>
    <message>
        <source>Lead custom fields</source>
        <translation>Benutzerdefinierte Lead-Felder</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Replace the table with the fields of a lead schema file.</source>
        <translation>Die Tabelle durch die Felder einer Lead-Schema-Datei ersetzen.</translation>
    </message>
    <message>
        <source>Write the table to a file to hand to your reps.</source>
        <translation>Die Tabelle in eine Datei schreiben, um sie an Ihr Vertriebsteam weiterzugeben.</translation>
    </message>
    <message>
        <source>Problem with the lead schema</source>
        <translation>Problem mit dem Lead-Schema</translation>
    </message>
    <message>
        <source>Values of the selected field</source>
        <translation>Werte des gewählten Felds</translation>
    </message>
    <message>
        <source>One value per line: key = label</source>
        <translation>Ein Wert pro Zeile: Schlüssel = Beschriftung</translation>
    </message>
    <message>
        <source>One value per line, for example:
red = Red
blue = Blue</source>
        <translation>Ein Wert pro Zeile, zum Beispiel:
rot = Rot
blau = Blau</translation>
    </message>
    <message>
        <source>Lead custom &amp;fields:</source>
        <translation>Benutzerdefinierte Lead-&amp;Felder:</translation>
    </message>
    <message>
        <source>Not imported; the table is unchanged. %1</source>
        <translation>Nicht importiert; die Tabelle ist unverändert. %1</translation>
    </message>
    <message>
        <source>Import lead schema</source>
        <translation>Lead-Schema importieren</translation>
    </message>
    <message numerus="yes">
        <source>The table has changes that are not saved. Replace them with the %n field(s) of %1?</source>
        <translation>
            <numerusform>Die Tabelle hat nicht gespeicherte Änderungen. Durch den Inhalt von %1 (%n Feld) ersetzen?</numerusform>
            <numerusform>Die Tabelle hat nicht gespeicherte Änderungen. Durch den Inhalt von %1 (%n Felder) ersetzen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n field(s) from %1. They are saved when you choose OK or Apply.</source>
        <translation>
            <numerusform>%n Feld aus %1 importiert. Es wird gespeichert, wenn Sie OK oder Anwenden wählen.</numerusform>
            <numerusform>%n Felder aus %1 importiert. Sie werden gespeichert, wenn Sie OK oder Anwenden wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: reps could not import the table as it is. %1</source>
        <translation>Nicht exportiert: Das Vertriebsteam könnte die Tabelle so nicht importieren. %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n field(s) to %1.</source>
        <translation>
            <numerusform>%n Feld nach %1 exportiert.</numerusform>
            <numerusform>%n Felder nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export lead schema</source>
        <translation>Lead-Schema exportieren</translation>
    </message>
    <message>
        <source>Remove the field with id %1 from the lead schema?</source>
        <translation>Das Feld mit der ID %1 aus dem Lead-Schema entfernen?</translation>
    </message>
    <message>
        <source>Remove the field '%1' (id %2) from the lead schema?</source>
        <translation>Das Feld „%1“ (ID %2) aus dem Lead-Schema entfernen?</translation>
    </message>
    <message>
        <source>Forms stop showing it once the schema is saved.</source>
        <translation>Formulare zeigen es nicht mehr, sobald das Schema gespeichert ist.</translation>
    </message>
    <message>
        <source>Cannot be saved yet: %1</source>
        <translation>Kann noch nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Values of the selected field (one per line: key = label):</source>
        <translation>&amp;Werte des gewählten Felds (einer pro Zeile: Schlüssel = Beschriftung):</translation>
    </message>
    <message>
        <source>&amp;Values of '%1' (one per line: key = label):</source>
        <translation>&amp;Werte von „%1“ (einer pro Zeile: Schlüssel = Beschriftung):</translation>
    </message>
    <message>
        <source>&amp;Values (only Single, Multiple and Large Select fields have values):</source>
        <translation>&amp;Werte (nur Felder mit Einfach-, Mehrfach- oder großer Auswahl haben Werte):</translation>
    </message>
</context>
<context>
    <name>SchemaTableModel</name>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive, hidden in forms</source>
        <translation>inaktiv, in Formularen ausgeblendet</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>keine Werte</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the values in the box below the table.</source>
        <translation>Bearbeiten Sie die Werte im Feld unter der Tabelle.</translation>
    </message>
    <message>
        <source>Only select fields have values.</source>
        <translation>Nur Auswahlfelder haben Werte.</translation>
    </message>
    <message>
        <source>Field id</source>
        <translation>Feld-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>The field's id on the platform (a positive whole number, unique).</source>
        <translation>Die ID des Felds auf der Plattform (eine eindeutige positive ganze Zahl).</translation>
    </message>
    <message>
        <source>Inactive fields are hidden in forms.</source>
        <translation>Inaktive Felder werden in Formularen ausgeblendet.</translation>
    </message>
    <message>
        <source>Forms show the fields in this order, lowest first.</source>
        <translation>Formulare zeigen die Felder in dieser Reihenfolge, die niedrigste zuerst.</translation>
    </message>
    <message>
        <source>Single, Multiple and Large Select fields offer these values.</source>
        <translation>Felder mit Einfach-, Mehrfach- oder großer Auswahl bieten diese Werte an.</translation>
    </message>
    <message>
        <source>The table, entry %1 (fieldId %2, '%3'): %4</source>
        <translation>Die Tabelle, Eintrag %1 (fieldId %2, „%3“): %4</translation>
    </message>
    <message>
        <source>the select value '%1' has no key</source>
        <translation>der Auswahlwert „%1“ hat keinen Schlüssel</translation>
    </message>
    <message>
        <source>the select value key '%1' appears twice</source>
        <translation>der Schlüssel „%1“ eines Auswahlwerts kommt doppelt vor</translation>
    </message>
    <message>
        <source>The table</source>
        <translation>Die Tabelle</translation>
    </message>
</context>
<context>
    <name>SecretStoreProbe</name>
    <message>
        <source>The system keychain cannot be used (%1 refused access%2).</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden (Zugriff verweigert von %1%2).</translation>
    </message>
    <message>
        <source>No system keychain is available (%1 did not answer: %2).</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (keine Antwort von %1: %2).</translation>
    </message>
    <message numerus="yes">
        <source>No system keychain is available (%1 did not answer within %n second(s)).</source>
        <translation>
            <numerusform>Es ist kein Schlüsselbund des Systems verfügbar (keine Antwort von %1 innerhalb von %n Sekunde).</numerusform>
            <numerusform>Es ist kein Schlüsselbund des Systems verfügbar (keine Antwort von %1 innerhalb von %n Sekunden).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendVerdict</name>
    <message>
        <source>The platform says this computer's clock is wrong: %1</source>
        <translation>Laut Plattform geht die Uhr dieses Computers falsch: %1</translation>
    </message>
    <message>
        <source>The platform refused the API key or secret: %1</source>
        <translation>Die Plattform hat den API-Schlüssel oder das Secret abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>SentHistoryModel</name>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1 (Korrektur)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>SentHistoryView</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Filter by title or platform id…</source>
        <translation>Nach Titel oder Plattform-ID filtern…</translation>
    </message>
    <message>
        <source>Filter the sent history</source>
        <translation>Versandverlauf filtern</translation>
    </message>
    <message>
        <source>Open the record to correct it (Enter)</source>
        <translation>Datensatz zum Korrigieren öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Sent history</source>
        <translation>Versandverlauf</translation>
    </message>
    <message>
        <source>%1 %2 could not be opened: %3</source>
        <translation>%1 %2 konnte nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>Reading %1 %2 from the platform…</source>
        <translation>%1 %2 wird von der Plattform gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent from this profile in the last %n day(s).</source>
        <translation>
            <numerusform>Von diesem Profil wurde seit %n Tag nichts gesendet.</numerusform>
            <numerusform>Von diesem Profil wurde in den letzten %n Tagen nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent matches “%1”.</source>
        <translation>Kein gesendeter Eintrag passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent; sent items are kept for %n day(s) (Settings).</source>
        <translation>
            <numerusform>%1 gesendet; gesendete Einträge werden %n Tag aufbewahrt (Einstellungen).</numerusform>
            <numerusform>%1 gesendet; gesendete Einträge werden %n Tage aufbewahrt (Einstellungen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentNotifier</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>%1 %2 “%3” was saved on the platform.</source>
        <translation>%1 %2 „%3“ wurde auf der Plattform gespeichert.</translation>
    </message>
    <message>
        <source>%1 %2 “%3” went out to the platform.</source>
        <translation>%1 %2 „%3“ wurde an die Plattform gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) went out from the outbox to the platform.</source>
        <translation>
            <numerusform>%n Datensatz wurde aus dem Postausgang an die Plattform gesendet.</numerusform>
            <numerusform>%n Datensätze wurden aus dem Postausgang an die Plattform gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent from the outbox</source>
        <translation>Aus dem Postausgang gesendet</translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>No secret is kept for this session under that name.</source>
        <translation>Unter diesem Namen wird für diese Sitzung kein Secret aufbewahrt.</translation>
    </message>
    <message>
        <source>The secret has no name to be kept under.</source>
        <translation>Das Secret hat keinen Namen, unter dem es aufbewahrt werden kann.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Lead &amp;schema</source>
        <translation>Lead-&amp;Schema</translation>
    </message>
    <message>
        <source>Save the lead schema and keep the dialog open.</source>
        <translation>Das Lead-Schema speichern und den Dialog geöffnet lassen.</translation>
    </message>
    <message>
        <source>P&amp;rofiles on this computer:</source>
        <translation>P&amp;rofile auf diesem Computer:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Plattformadresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>Dieses Profil &amp;verwenden</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>API secrets are kept in the system keychain, never in these settings.</source>
        <translation>API-Secrets werden im Schlüsselbund des Systems aufbewahrt, nie in diesen Einstellungen.</translation>
    </message>
    <message>
        <source>built-in sandbox</source>
        <translation>eingebaute Sandbox</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation>Dieses Profil wird bereits verwendet.</translation>
    </message>
    <message>
        <source>The built-in sandbox has nothing to edit.</source>
        <translation>An der eingebauten Sandbox gibt es nichts zu bearbeiten.</translation>
    </message>
    <message>
        <source>'%1' is the profile in use, so it cannot be removed. Switch to another profile first, then remove this one.</source>
        <translation>„%1“ ist das verwendete Profil und kann daher nicht entfernt werden. Wechseln Sie zuerst zu einem anderen Profil und entfernen Sie dann dieses.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile '%1'? Its API secret is removed from this computer too. The account on the platform is not changed.</source>
        <translation>Das Profil „%1“ entfernen? Sein API-Secret wird ebenfalls von diesem Computer entfernt. Das Konto auf der Plattform bleibt unverändert.</translation>
    </message>
    <message>
        <source>The profile '%1' was removed.</source>
        <translation>Das Profil „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>The platform cannot list lead custom fields, so LeadDesk keeps this list for the profile '%1'. Admins maintain it here and hand it to their reps with Export…; reps load it with Import….</source>
        <translation>Die Plattform kann benutzerdefinierte Lead-Felder nicht auflisten, daher führt LeadDesk diese Liste für das Profil „%1“. Administratoren pflegen sie hier und geben sie mit „Exportieren…“ an ihr Vertriebsteam weiter; das Vertriebsteam lädt sie mit „Importieren…“.</translation>
    </message>
    <message>
        <source>lead-schema-%1.json</source>
        <translation>lead-schema-%1.json</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>The lead schema was not saved. %1</source>
        <translation>Das Lead-Schema wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>The lead schema could not be saved: %1</source>
        <translation>Das Lead-Schema konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the lead schema (%n field(s)).</source>
        <translation>
            <numerusform>Lead-Schema gespeichert (%n Feld).</numerusform>
            <numerusform>Lead-Schema gespeichert (%n Felder).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved lead schema</source>
        <translation>Lead-Schema nicht gespeichert</translation>
    </message>
    <message>
        <source>The lead schema has changes that are not saved. Save them before closing?</source>
        <translation>Das Lead-Schema hat nicht gespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>LeadDesk uses the new language the next time it starts.</source>
        <translation>LeadDesk verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep the sent history for</source>
        <translation>Versandverlauf aufbewahren für</translation>
    </message>
    <message>
        <source>Keep the sent &amp;history for:</source>
        <translation>Versand&amp;verlauf aufbewahren für:</translation>
    </message>
    <message>
        <source>The lead schema cannot be edited: no profile is open.</source>
        <translation>Das Lead-Schema kann nicht bearbeitet werden: Es ist kein Profil geöffnet.</translation>
    </message>
</context>
<context>
    <name>StaleEditCheck</name>
    <message>
        <source>The record no longer exists on the platform.</source>
        <translation>Der Datensatz existiert auf der Plattform nicht mehr.</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Since you opened this record, someone changed it on the platform. Their changes are below. Where you changed the same field, choose which value to keep; fields only they changed keep their new value.</source>
        <translation>Seit Sie diesen Datensatz geöffnet haben, hat jemand ihn auf der Plattform geändert. Die Änderungen stehen unten. Wo Sie dasselbe Feld geändert haben, wählen Sie, welcher Wert bleiben soll; Felder, die nur die andere Person geändert hat, behalten ihren neuen Wert.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Now on the platform</source>
        <translation>Jetzt auf der Plattform</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meinen</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>Keep my value for %1</source>
        <translation>Meinen Wert für %1 behalten</translation>
    </message>
    <message>
        <source>Keep their value for %1</source>
        <translation>Den Wert der anderen Person für %1 behalten</translation>
    </message>
    <message>
        <source>(not changed by you)</source>
        <translation>(von Ihnen nicht geändert)</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>Mit dieser Auswahl &amp;speichern</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>Another profile is now in use; it waits in its own profile's outbox.</source>
        <translation>Inzwischen wird ein anderes Profil verwendet; der Eintrag wartet im Postausgang seines eigenen Profils.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>LeadDesk is not connected yet.</source>
        <translation>LeadDesk ist noch nicht verbunden.</translation>
    </message>
    <message>
        <source>The platform is slow to answer.</source>
        <translation>Die Plattform antwortet langsam.</translation>
    </message>
    <message>
        <source>It was deleted from the outbox.</source>
        <translation>Der Eintrag wurde aus dem Postausgang gelöscht.</translation>
    </message>
    <message>
        <source>%1 is sending this profile's outbox; it goes out from there.</source>
        <translation>Den Postausgang dieses Profils sendet %1; der Eintrag geht von dort aus.</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>%1 It is queued as item %2 and goes out with 'leaddesk-cli outbox flush' or when LeadDesk runs.</source>
        <translation>%1 Der Datensatz wartet als Eintrag %2 und wird mit „leaddesk-cli outbox flush“ gesendet oder wenn LeadDesk läuft.</translation>
    </message>
    <message>
        <source>The body changes nothing; nothing was sent.</source>
        <translation>Der Anfrageinhalt ändert nichts; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>nothing was sent: the record may exist already (see above); give --allow-duplicate to create it anyway.</source>
        <translation>nichts gesendet: den Datensatz gibt es vielleicht schon (siehe oben); mit --allow-duplicate wird er trotzdem angelegt.</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls) or a password-protected one; save it as .xlsx without a password, or as CSV.</source>
        <translation>%1 ist eine alte Excel-Arbeitsmappe (.xls) oder eine mit Kennwort geschützte; speichern Sie sie als .xlsx ohne Kennwort oder als CSV.</translation>
    </message>
</context>
<context>
    <name>TerminalText</name>
    <message numerus="yes">
        <source>… (%n more character(s))</source>
        <translation>
            <numerusform>… (%n weiteres Zeichen)</numerusform>
            <numerusform>… (%n weitere Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnavailableSecretStore</name>
    <message>
        <source>No place to keep secrets is available.</source>
        <translation>Es ist kein Ort zum Aufbewahren von Secrets verfügbar.</translation>
    </message>
    <message>
        <source>nowhere (no keychain)</source>
        <translation>nirgends (kein Schlüsselbund)</translation>
    </message>
</context>
<context>
    <name>UncertainMatch</name>
    <message numerus="yes">
        <source>%n record(s) on the platform could be this one (%1); LeadDesk does not guess: say which one it is, or that it is none of them.</source>
        <translation>
            <numerusform>%n Datensatz auf der Plattform könnte dieser sein (%1); LeadDesk rät nicht: Geben Sie an, ob er es ist oder nicht.</numerusform>
            <numerusform>%n Datensätze auf der Plattform könnten dieser sein (%1); LeadDesk rät nicht: Geben Sie an, welcher es ist oder dass es keiner davon ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the platform yet, but it may still arrive; LeadDesk looks again before it sends it again.</source>
        <translation>Noch nicht auf der Plattform, kann aber noch ankommen; LeadDesk sieht erneut nach, bevor es den Eintrag nochmals sendet.</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>warning: this profile has no lead schema, so lead custom fields go to the platform unchecked (import one with 'leaddesk-cli schema import lead FILE').</source>
        <translation>Warnung: Dieses Profil hat kein Lead-Schema, daher gehen benutzerdefinierte Lead-Felder ungeprüft an die Plattform (importieren Sie eines mit 'leaddesk-cli schema import lead FILE').</translation>
    </message>
    <message>
        <source>warning: could not look for duplicates on the platform: %1</source>
        <translation>Warnung: Dubletten konnten auf der Plattform nicht gesucht werden: %1</translation>
    </message>
</context>
<context>
    <name>ValueChecks</name>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>%1 is not a valid email address</source>
        <translation>%1 ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a valid id</source>
        <translation>%1 ist keine gültige ID</translation>
    </message>
    <message>
        <source>%1 is not a date as yyyy-mm-dd</source>
        <translation>%1 ist kein Datum im Format jjjj-mm-tt</translation>
    </message>
    <message>
        <source>%1 is not a real date</source>
        <translation>%1 ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>must be one of the choices</source>
        <translation>muss eine der Auswahlmöglichkeiten sein</translation>
    </message>
    <message>
        <source>%1 is not one of the choices</source>
        <translation>%1 ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>must be a list of choices</source>
        <translation>muss eine Liste von Auswahlmöglichkeiten sein</translation>
    </message>
    <message>
        <source>%1 is chosen twice</source>
        <translation>%1 ist doppelt gewählt</translation>
    </message>
    <message>
        <source>must be an address with line1 … countryCode</source>
        <translation>muss eine Adresse mit line1 … countryCode sein</translation>
    </message>
    <message>
        <source>'%1' is not part of an address</source>
        <translation>„%1“ ist kein Bestandteil einer Adresse</translation>
    </message>
    <message>
        <source>the address %1 must be text</source>
        <translation>die Adressangabe %1 muss Text sein</translation>
    </message>
    <message>
        <source>'%1' is not a country code</source>
        <translation>„%1“ ist kein Ländercode</translation>
    </message>
    <message>
        <source>a state code needs a country code</source>
        <translation>ein Regionscode braucht einen Ländercode</translation>
    </message>
    <message>
        <source>'%1' is not a state of %2</source>
        <translation>„%1“ ist keine Region von %2</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>muss Ja oder Nein sein</translation>
    </message>
    <message>
        <source>must be contact or company</source>
        <translation>muss contact oder company sein</translation>
    </message>
    <message>
        <source>%1 is too large: at most 15 digits</source>
        <translation>%1 ist zu groß: höchstens 15 Ziffern</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to LeadDesk</source>
        <translation>Willkommen bei LeadDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LeadDesk&lt;/h2&gt;&lt;p&gt;Enter leads for iVvy faster than in the web forms, with every rule checked as you type, and keep working when the connection drops.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei LeadDesk&lt;/h2&gt;&lt;p&gt;Erfassen Sie Leads für iVvy schneller als in den Webformularen, mit jeder Regel schon beim Tippen geprüft, und arbeiten Sie weiter, wenn die Verbindung abbricht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to iVvy</source>
        <translation>Mit iVvy verbinden</translation>
    </message>
    <message>
        <source>Use your account's API key and secret.</source>
        <translation>Verwenden Sie den API-Schlüssel und das Secret Ihres Kontos.</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>A built-in practice platform with sample data. Nothing leaves this computer.</source>
        <translation>Eine eingebaute Übungsplattform mit Beispieldaten. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>iVvy</source>
        <translation>iVvy</translation>
    </message>
    <message>
        <source>Australia (api.ap-southeast-2.ivvy.com)</source>
        <translation>Australien (api.ap-southeast-2.ivvy.com)</translation>
    </message>
    <message>
        <source>United States (api.us-west-2.ivvy.com)</source>
        <translation>Vereinigte Staaten (api.us-west-2.ivvy.com)</translation>
    </message>
    <message>
        <source>United Kingdom (api.eu-west-2.ivvy.com)</source>
        <translation>Vereinigtes Königreich (api.eu-west-2.ivvy.com)</translation>
    </message>
    <message>
        <source>Another address…</source>
        <translation>Andere Adresse…</translation>
    </message>
    <message>
        <source>Profile &amp;name</source>
        <translation>Profil&amp;name</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;secret</source>
        <translation>API-S&amp;ecret</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Secret nur für diese Sitzung aufbewahren</translation>
    </message>
    <message>
        <source>The secret is kept in %1, never in a file.</source>
        <translation>Das Secret wird hier aufbewahrt: %1 – nie in einer Datei.</translation>
    </message>
    <message>
        <source>No system keychain is available: %1 LeadDesk never writes the secret to a file, so it can only keep it for this session; you will be asked for it again next time.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar: %1 LeadDesk schreibt das Secret nie in eine Datei und kann es daher nur für diese Sitzung aufbewahren; beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the API secret.</source>
        <translation>Geben Sie das API-Secret ein.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Tick "Keep the secret for this session only" to go on without a keychain.</source>
        <translation>Wählen Sie „Secret nur für diese Sitzung aufbewahren“, um ohne Schlüsselbund fortzufahren.</translation>
    </message>
    <message>
        <source>Saving the secret in %1…</source>
        <translation>Secret wird gespeichert: %1…</translation>
    </message>
    <message>
        <source>The secret could not be saved: %1 Tick "Keep the secret for this session only" to go on.</source>
        <translation>Das Secret konnte nicht gespeichert werden: %1 Wählen Sie „Secret nur für diese Sitzung aufbewahren“, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The lead schema cannot be edited: the local store is not open.</source>
        <translation>Das Lead-Schema kann nicht bearbeitet werden: Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The saved lead schema could not be read: %1</source>
        <translation>Das gespeicherte Lead-Schema konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>XlsxArchive</name>
    <message>
        <source>The Excel file is damaged: its zip archive cannot be opened.</source>
        <translation>Die Excel-Datei ist beschädigt: Ihr ZIP-Archiv lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook: its archive holds more than %1 files.</source>
        <translation>Die Datei ist keine Excel-Arbeitsmappe: Ihr Archiv enthält mehr als %1 Dateien.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its list of contents cannot be read.</source>
        <translation>Die Excel-Datei ist beschädigt: Ihr Inhaltsverzeichnis lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its part %1 cannot be unpacked.</source>
        <translation>Die Excel-Datei ist beschädigt: Ihr Teil %1 lässt sich nicht entpacken.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: it lacks its part %1.</source>
        <translation>Die Excel-Datei ist beschädigt: Ihr fehlt der Teil %1.</translation>
    </message>
    <message>
        <source>The workbook is too large: its part %1 unpacks to %2 MB, and LeadDesk reads at most %3 MB.</source>
        <translation>Die Arbeitsmappe ist zu groß: Ihr Teil %1 wird entpackt %2 MB groß, LeadDesk liest höchstens %3 MB.</translation>
    </message>
    <message>
        <source>The file is not a real workbook: its part %1 unpacks from %2 MB to %3 MB, as files made to exhaust memory do.</source>
        <translation>Die Datei ist keine echte Arbeitsmappe: Ihr Teil %1 wächst beim Entpacken von %2 MB auf %3 MB, wie es Dateien tun, die den Speicher erschöpfen sollen.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its part %1 cannot be found.</source>
        <translation>Die Excel-Datei ist beschädigt: Ihr Teil %1 ist nicht auffindbar.</translation>
    </message>
    <message>
        <source>The Excel file is damaged or encrypted: its part %1 cannot be opened.</source>
        <translation>Die Excel-Datei ist beschädigt oder verschlüsselt: Ihr Teil %1 lässt sich nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is a zip archive but not an Excel workbook: it has no %1.</source>
        <translation>Die Datei ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe: %1 fehlt.</translation>
    </message>
    <message>
        <source>The workbook has no sheet "%1"; its sheets are: %2.</source>
        <translation>Die Arbeitsmappe hat kein Blatt „%1“; ihre Blätter sind: %2.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its styles cannot be read.</source>
        <translation>Die Excel-Datei ist beschädigt: Ihre Formatvorlagen lassen sich nicht lesen.</translation>
    </message>
    <message>
        <source>The sheet "%1" has no header row: it is empty.</source>
        <translation>Das Blatt „%1“ hat keine Kopfzeile: Es ist leer.</translation>
    </message>
    <message>
        <source>The workbook's texts are too large to read: more than %1 MB.</source>
        <translation>Die Texte der Arbeitsmappe sind zu groß zum Lesen: mehr als %1 MB.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its shared texts cannot be unpacked.</source>
        <translation>Die Excel-Datei ist beschädigt: Ihre gemeinsamen Texte lassen sich nicht entpacken.</translation>
    </message>
    <message>
        <source>The sheet "%1" is too large: it unpacks to more than %2 MB.</source>
        <translation>Das Blatt „%1“ ist zu groß: Entpackt ist es größer als %2 MB.</translation>
    </message>
    <message>
        <source>The sheet "%1" is damaged: near row %2 a value is longer than %3 MB.</source>
        <translation>Das Blatt „%1“ ist beschädigt: Nahe Zeile %2 ist ein Wert länger als %3 MB.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: the sheet "%1" cannot be unpacked after row %2.</source>
        <translation>Die Excel-Datei ist beschädigt: Das Blatt „%1“ lässt sich nach Zeile %2 nicht entpacken.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: the sheet "%1" is not valid XML after row %2 (%3).</source>
        <translation>Die Excel-Datei ist beschädigt: Das Blatt „%1“ ist nach Zeile %2 kein gültiges XML (%3).</translation>
    </message>
</context>
<context>
    <name>XlsxSharedStrings</name>
    <message>
        <source>The workbook holds more than %1 MB of text; LeadDesk reads up to %1 MB.</source>
        <translation>Die Arbeitsmappe enthält mehr als %1 MB Text; LeadDesk liest bis zu %1 MB.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 different texts; LeadDesk reads up to %1.</source>
        <translation>Die Arbeitsmappe enthält mehr als %1 verschiedene Texte; LeadDesk liest bis zu %1.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its shared texts cannot be read (%1).</source>
        <translation>Die Excel-Datei ist beschädigt: Ihre gemeinsamen Texte lassen sich nicht lesen (%1).</translation>
    </message>
</context>
<context>
    <name>XlsxSheetParser</name>
    <message>
        <source>The sheet is damaged: it names row %1, and sheets have rows 1 to %2.</source>
        <translation>Das Blatt ist beschädigt: Es nennt Zeile %1, Blätter haben aber die Zeilen 1 bis %2.</translation>
    </message>
    <message>
        <source>The sheet is damaged: row %1 has a cell outside the %2 columns a sheet has.</source>
        <translation>Das Blatt ist beschädigt: Zeile %1 hat eine Zelle außerhalb der %2 Spalten eines Blatts.</translation>
    </message>
    <message>
        <source>The sheet is damaged: row %1 names shared text %2 of %3.</source>
        <translation>Das Blatt ist beschädigt: Zeile %1 verweist auf gemeinsamen Text %2 von %3.</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The Excel file is damaged: the list of its sheets cannot be read.</source>
        <translation>Die Excel-Datei ist beschädigt: Die Liste ihrer Blätter lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its workbook part is not valid XML (%1).</source>
        <translation>Die Excel-Datei ist beschädigt: Ihr Arbeitsmappenteil ist kein gültiges XML (%1).</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try 'leaddesk-cli --help'.</source>
        <translation>Versuchen Sie „leaddesk-cli --help“.</translation>
    </message>
    <message>
        <source>Lead entry for iVvy.</source>
        <translation>Lead-Erfassung für iVvy.</translation>
    </message>
    <message>
        <source>Use the built-in sandbox.</source>
        <translation>Die eingebaute Sandbox verwenden.</translation>
    </message>
    <message>
        <source>Keep data in DIR.</source>
        <translation>Daten in DIR ablegen.</translation>
    </message>
    <message>
        <source>Quit once the main window is idle (start-up benchmark).</source>
        <translation>Beenden, sobald das Hauptfenster bereit ist (Start-Benchmark).</translation>
    </message>
    <message numerus="yes">
        <source>the command did not finish within %n second(s) and was stopped (LEADDESK_COMMAND_TIMEOUT); anything queued stays in the outbox.</source>
        <translation>
            <numerusform>der Befehl wurde nicht innerhalb von %n Sekunde beendet und abgebrochen (LEADDESK_COMMAND_TIMEOUT); alles Wartende bleibt im Postausgang.</numerusform>
            <numerusform>der Befehl wurde nicht innerhalb von %n Sekunden beendet und abgebrochen (LEADDESK_COMMAND_TIMEOUT); alles Wartende bleibt im Postausgang.</numerusform>
        </translation>
    </message>
</context>
</TS>