<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AddCustomFieldDialog</name>
    <message>
        <source>Custom field %1</source>
        <translation>Champ personnalisé %1</translation>
    </message>
    <message>
        <source>The platform requires a value</source>
        <translation>La plateforme exige une valeur</translation>
    </message>
    <message>
        <source>Add a lead custom field</source>
        <translation>Ajouter un champ personnalisé de lead</translation>
    </message>
    <message>
        <source>The platform asks for lead custom field %1, which this profile's lead schema does not have (the platform cannot list them). Say what it is, as it is set up in iVvy; it is added to the lead schema, which Settings → Lead schema can export for the other reps.</source>
        <translation>La plateforme demande le champ personnalisé de lead %1, absent du schéma de lead de ce profil (la plateforme ne peut pas lister ces champs). Indiquez ce qu’il est, tel qu’il est configuré dans iVvy ; il est ajouté au schéma de lead, que vous pouvez exporter pour les autres commerciaux depuis Paramètres → Schéma de lead.</translation>
    </message>
    <message>
        <source>One choice a line: key=label, or just the key</source>
        <translation>Un choix par ligne : clé=libellé, ou seulement la clé</translation>
    </message>
    <message>
        <source>Field id:</source>
        <translation>Identifiant du champ :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Choix :</translation>
    </message>
    <message>
        <source>&amp;Add to the lead schema</source>
        <translation>&amp;Ajouter au schéma de lead</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>Donnez un nom au champ.</translation>
    </message>
    <message>
        <source>A %1 field needs its choices, one a line.</source>
        <translation>Un champ de type %1 a besoin de ses choix, un par ligne.</translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>Line 1</source>
        <translation>Ligne 1</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>Ligne 2</translation>
    </message>
    <message>
        <source>Line 3</source>
        <translation>Ligne 3</translation>
    </message>
    <message>
        <source>Line 4</source>
        <translation>Ligne 4</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État/Région</translation>
    </message>
    <message>
        <source>%1 (not a state of this country)</source>
        <translation>%1 (pas une région de ce pays)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>LeadDesk cannot open its data: %1</source>
        <translation>LeadDesk ne peut pas ouvrir ses données : %1</translation>
    </message>
    <message>
        <source>Enter the API secret for %1 (key %2). It will be kept in %3.</source>
        <translation>Saisissez le secret d'API de %1 (clé %2). Il sera conservé ici : %3.</translation>
    </message>
    <message>
        <source>The API secret for %1 could not be read: %2
Enter it to go on; it will be kept for this session only.</source>
        <translation>Le secret d'API de %1 n'a pas pu être lu : %2
Saisissez-le pour continuer ; il ne sera conservé que pour cette session.</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secret d'API</translation>
    </message>
    <message>
        <source>Secret not saved</source>
        <translation>Secret non enregistré</translation>
    </message>
    <message>
        <source>The secret could not be saved in %1: %2 LeadDesk keeps it for this session only.</source>
        <translation>Le secret n'a pas pu être enregistré (%1) : %2 LeadDesk le conserve uniquement pour cette session.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n'a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>LeadDesk cannot start</source>
        <translation>LeadDesk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Without the API secret for %1 nothing is sent: drafts and submitted leads wait in the outbox until you enter it.</source>
        <translation>Sans le secret d'API de %1, rien n'est envoyé : les brouillons et les prospects soumis attendent dans la boîte d'envoi jusqu'à ce que vous le saisissiez.</translation>
    </message>
    <message>
        <source>Enter &amp;secret…</source>
        <translation>Saisir le &amp;secret…</translation>
    </message>
</context>
<context>
    <name>BadgeReader</name>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>Aucun code QR n'a été trouvé dans l'image.</translation>
    </message>
</context>
<context>
    <name>BatchRun</name>
    <message numerus="yes">
        <source>The platform did not finish the batch within %n minute(s).</source>
        <translation>
            <numerusform>La plateforme n'a pas terminé le lot en %n minute.</numerusform>
            <numerusform>La plateforme n'a pas terminé le lot en %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch was stopped before its results were read.</source>
        <translation>Le lot a été arrêté avant que ses résultats ne soient lus.</translation>
    </message>
    <message>
        <source>The platform's answer to a batch run holds no asyncId.</source>
        <translation>La réponse de la plateforme à un envoi par lot ne contient pas d'asyncId.</translation>
    </message>
    <message>
        <source>The platform's batch results hold no list of results.</source>
        <translation>Les résultats du lot renvoyés par la plateforme ne contiennent aucune liste de résultats.</translation>
    </message>
</context>
<context>
    <name>BodyInputs</name>
    <message>
        <source>%1 holds a JSON array; a JSON object {…} was expected.</source>
        <translation>%1 contient un tableau JSON ; un objet JSON {…} était attendu.</translation>
    </message>
    <message>
        <source>%1 holds an empty object; there is nothing to send.</source>
        <translation>%1 contient un objet vide ; il n'y a rien à envoyer.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>Standard input holds no request body.</source>
        <translation>L'entrée standard ne contient aucun corps de requête.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
</context>
<context>
    <name>BuiltInFields</name>
    <message>
        <source>Lead name</source>
        <translation>Nom du prospect</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Sous-type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Stage reason</source>
        <translation>Motif de l'étape</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Create a new company</source>
        <translation>Créer une nouvelle entreprise</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact at the company</source>
        <translation>Contact dans l'entreprise</translation>
    </message>
    <message>
        <source>Create a new contact</source>
        <translation>Créer un nouveau contact</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur d'activité</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Trading name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Business number</source>
        <translation>Numéro d'entreprise</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>New primary contact</source>
        <translation>Nouveau contact principal</translation>
    </message>
    <message>
        <source>Primary account manager</source>
        <translation>Chargé de compte principal</translation>
    </message>
    <message>
        <source>Secondary account manager</source>
        <translation>Chargé de compte secondaire</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>IATA number</source>
        <translation>Numéro IATA</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espaces</translation>
    </message>
    <message>
        <source>food</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>beverage</source>
        <translation>boissons</translation>
    </message>
    <message>
        <source>audio visual</source>
        <translation>audiovisuel</translation>
    </message>
    <message>
        <source>accommodation</source>
        <translation>hébergement</translation>
    </message>
    <message>
        <source>Commission on %1</source>
        <translation>Commission sur %1</translation>
    </message>
    <message>
        <source>Commission type on %1</source>
        <translation>Type de commission sur %1</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>External links</source>
        <translation>Liens externes</translation>
    </message>
    <message>
        <source>Update the company with this business name if it exists</source>
        <translation>Mettre à jour l'entreprise portant cette raison sociale si elle existe</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Email subscription</source>
        <translation>Abonnement e-mail</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>No marketing</source>
        <translation>Pas de marketing</translation>
    </message>
    <message>
        <source>SMS subscription</source>
        <translation>Abonnement SMS</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Privacy consent given</source>
        <translation>Consentement à la confidentialité donné</translation>
    </message>
    <message>
        <source>Subscription groups</source>
        <translation>Groupes d'abonnement</translation>
    </message>
    <message>
        <source>Update the contact with this name and email if it exists</source>
        <translation>Mettre à jour le contact portant ce nom et cet e-mail s'il existe</translation>
    </message>
</context>
<context>
    <name>CaptureCommand</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <source>No company was recognised in %1.</source>
        <translation>Aucune entreprise n'a été reconnue dans %1.</translation>
    </message>
    <message>
        <source>No contact was recognised in %1.</source>
        <translation>Aucun contact n'a été reconnu dans %1.</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Contact recognised</source>
        <translation>Contact reconnu</translation>
    </message>
    <message>
        <source>Recognised in %1. Untick what should not be filled in.</source>
        <translation>Reconnu dans %1. Décochez ce qui ne doit pas être rempli.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Not recognised (not filled in):</source>
        <translation>Non reconnu (pas rempli) :</translation>
    </message>
    <message>
        <source>The ticked fields fill the lead's new contact, and its new company when a company was recognised.</source>
        <translation>Les champs cochés remplissent le nouveau contact du lead et, si une entreprise a été reconnue, sa nouvelle entreprise.</translation>
    </message>
    <message>
        <source>The ticked fields fill a new contact form, and a new company form for the company.</source>
        <translation>Les champs cochés remplissent un nouveau formulaire de contact et, pour l’entreprise, un nouveau formulaire d’entreprise.</translation>
    </message>
    <message>
        <source>Create &amp;contact</source>
        <translation>Créer le &amp;contact</translation>
    </message>
    <message numerus="yes">
        <source>%n cards in %1: create %n draft leads, one for each person, to finish in the panel on the left.</source>
        <translation>
            <numerusform>%n carte dans %1 : créer %n brouillon de lead, un par personne, à terminer dans le panneau de gauche.</numerusform>
            <numerusform>%n cartes dans %1 : créer %n brouillons de lead, un par personne, à terminer dans le panneau de gauche.</numerusform>
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
            <numerusform>Créer %n &amp;brouillon de lead</numerusform>
            <numerusform>Créer %n &amp;brouillons de lead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureHandler</name>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Paste &amp;contact…</source>
        <translation>Coller un &amp;contact…</translation>
    </message>
    <message>
        <source>A vCard, a badge's QR code or an email signature from the clipboard, as a contact</source>
        <translation>Une vCard, le code QR d’un badge ou une signature d’e-mail du presse-papiers, comme contact</translation>
    </message>
    <message>
        <source>The clipboard holds no text or image.</source>
        <translation>Le presse-papiers ne contient ni texte ni image.</translation>
    </message>
    <message>
        <source>The image on the clipboard cannot be read.</source>
        <translation>L’image du presse-papiers ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The clipboard: %1</source>
        <comment>what was pasted holds no contact</comment>
        <translation>Presse-papiers : %1</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>No contact recognised</source>
        <translation>Aucun contact reconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n draft lead(s) created in the panel on the left.</source>
        <translation>
            <numerusform>%n brouillon de lead créé dans le panneau de gauche.</numerusform>
            <numerusform>%n brouillons de lead créés dans le panneau de gauche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureImport</name>
    <message>
        <source>Phone (work)</source>
        <translation>Téléphone (travail)</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Téléphone (portable)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Téléphone (domicile)</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
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
        <translation>Aucun profil n’est ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 draft leads were kept; the next could not be saved: %2</source>
        <translation>
            <numerusform>%n brouillon de lead sur %1 a été conservé ; le suivant n’a pas pu être enregistré : %2</numerusform>
            <numerusform>%n brouillons de lead sur %1 ont été conservés ; le suivant n’a pas pu être enregistré : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>The QR code holds no contact card.</source>
        <translation>Le code QR ne contient aucune carte de visite.</translation>
    </message>
    <message>
        <source>No contact was recognised: no vCard, MECARD, or signature with an email or phone.</source>
        <translation>Aucun contact reconnu : ni vCard, ni MECARD, ni signature avec une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>L'entrée standard ne peut pas être lue.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n'est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; it is not read.</source>
        <translation>%1 dépasse %2 Mo ; il n'est pas lu.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The input is larger than %1 MB; it is not read.</source>
        <translation>L'entrée dépasse %1 Mo ; elle n'est pas lue.</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>could not refresh the lookups (%1); using those from %2 UTC.</source>
        <translation>impossible d'actualiser les listes de référence (%1) ; celles du %2 UTC sont utilisées.</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n'a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>No platform given: use --platform URL, --profile NAME or --sandbox, or set LEADDESK_PLATFORM.</source>
        <translation>Aucune plateforme indiquée : utilisez --platform URL, --profile NAME ou --sandbox, ou définissez LEADDESK_PLATFORM.</translation>
    </message>
    <message>
        <source>No API key: set IVVY_API_KEY.</source>
        <translation>Aucune clé d'API : définissez IVVY_API_KEY.</translation>
    </message>
    <message>
        <source>No API secret: set IVVY_API_SECRET.</source>
        <translation>Aucun secret d'API : définissez IVVY_API_SECRET.</translation>
    </message>
    <message>
        <source>There is no profile named '%1'. Profiles are set up in the LeadDesk app (Settings → Profiles).</source>
        <translation>Aucun profil ne s'appelle « %1 ». Les profils se configurent dans l'application LeadDesk (Paramètres → Profils).</translation>
    </message>
    <message>
        <source>No API secret is stored for profile '%1'; set IVVY_API_SECRET or enter it in the app.</source>
        <translation>Aucun secret d'API n'est enregistré pour le profil « %1 » ; définissez IVVY_API_SECRET ou saisissez-le dans l'application.</translation>
    </message>
    <message>
        <source>The API secret of profile '%1' could not be read: %2 Set IVVY_API_SECRET instead.</source>
        <translation>Le secret d'API du profil « %1 » n'a pas pu être lu : %2 Définissez plutôt IVVY_API_SECRET.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>--kind must be lead, company or contact, not '%1'.</source>
        <translation>--kind doit valoir lead, company ou contact, et non « %1 ».</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue : %1.</translation>
    </message>
    <message>
        <source>Choose one of --platform, --profile and --sandbox.</source>
        <translation>Choisissez une seule option parmi --platform, --profile et --sandbox.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>ping takes no arguments.</source>
        <translation>ping n'accepte aucun argument.</translation>
    </message>
    <message>
        <source>Did you mean 'lookups refresh'?</source>
        <translation>Vouliez-vous dire « lookups refresh » ?</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 attend exactement un FICHIER.</translation>
    </message>
    <message>
        <source>Did you mean 'outbox list' or 'outbox flush'?</source>
        <translation>Vouliez-vous dire « outbox list » ou « outbox flush » ?</translation>
    </message>
    <message>
        <source>Did you mean 'schema import lead FILE'?</source>
        <translation>Vouliez-vous dire « schema import lead FICHIER » ?</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>Commande inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>%1 needs a FILE (or - for bodies on standard input).</source>
        <translation>%1 attend un FICHIER (ou - pour des corps de requête sur l'entrée standard).</translation>
    </message>
    <message>
        <source>import needs exactly one FILE (.csv or .xlsx).</source>
        <translation>import a besoin d'exactement un FICHIER (.csv ou .xlsx).</translation>
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
        <translation>Utilisation : leaddesk-cli [--platform URL | --profile NOM | --sandbox] [--data-dir DOSSIER] COMMANDE

Commandes :
  ping                          vérifier l'adresse et les identifiants (test?action=ping)
  lookups refresh               récupérer les listes de référence et les définitions
                                des champs personnalisés
  schema import lead FICHIER    définir les champs personnalisés des prospects du profil
  validate [--kind lead|company|contact] FICHIER...
                                vérifier localement des corps de requête ; problèmes
                                sous forme de lignes "field: message"
  submit [--kind lead|company|contact] FICHIER...
                                vérifier, puis envoyer ; affiche
                                "&lt;kind&gt; &lt;id&gt; created|updated", ou "queued &lt;id&gt;"
                                (code 4) si la plateforme est injoignable
                                FICHIER - lit un corps JSON par ligne sur stdin ;
                                avec plusieurs corps, chaque ligne commence par
                                son nom de fichier ou "line N", et le code de
                                sortie est le plus élevé d'entre eux ; un contact ou une
                                entreprise que la plateforme a peut-être déjà est
                                signalé par des lignes
                                "possible duplicate of &lt;kind&gt; &lt;id&gt;: &lt;reason&gt;", et
                                submit ne l'envoie qu'avec --allow-duplicate
  outbox list | flush [--no-batch]
                                lister les éléments en attente / les envoyer
                                maintenant ; au-delà de 20 nouveaux
                                enregistrements, l'envoi se fait par lots, sauf
                                avec --no-batch
  capture [--kind contact|company] FICHIER
                                le corps du contact (ou de l'entreprise) reconnu dans
                                un .vcf, le code QR de la photo d'un badge ou une
                                signature
  import [--kind lead] [--mapping MAP.json] [--dry-run] [--report REPORT.csv]
         [--no-batch] FICHIER
                                vérifier chaque ligne d'un fichier .csv ou .xlsx et
                                envoyer les lignes prêtes, chacune une seule fois ;
                                affiche "N rows: A ready, B with problems, C duplicates"

Options :
  --platform URL     l'adresse de la plateforme (https://, ou http:// vers cet ordinateur)
  --profile NOM      un profil configuré dans l'application LeadDesk
  --sandbox          utiliser un bac à sable local ; rien ne quitte cet ordinateur
  --data-dir DOSSIER où LeadDesk conserve ses données
  -h, --help         afficher cette aide
  --version          afficher la version

Environnement : LEADDESK_PLATFORM, LEADDESK_DATA_DIR, IVVY_API_KEY, IVVY_API_SECRET.
Codes de sortie : 0 terminé, 1 utilisation, 2 invalide localement, 3 refusé par la plateforme,
4 plateforme injoignable, 5 configuration ou identifiants.
</translation>
    </message>
    <message>
        <source>--mapping, --dry-run, --report and --no-batch belong to import (--no-batch also to 'outbox flush').</source>
        <translation>--mapping, --dry-run, --report et --no-batch vont avec import (--no-batch aussi avec « outbox flush »).</translation>
    </message>
    <message>
        <source>--no-batch goes with 'outbox flush'.</source>
        <translation>--no-batch s'utilise avec « outbox flush ».</translation>
    </message>
</context>
<context>
    <name>ComboFieldEditor</name>
    <message>
        <source>%1 (not one of the choices)</source>
        <translation>%1 (ne fait pas partie des choix)</translation>
    </message>
</context>
<context>
    <name>CommandDeadline</name>
    <message>
        <source>LEADDESK_COMMAND_TIMEOUT must be a whole number of seconds (0: none), not "%1".</source>
        <translation>LEADDESK_COMMAND_TIMEOUT doit être un nombre entier de secondes (0 : aucun délai), pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>CompanyMatcher</name>
    <message>
        <source>same company name</source>
        <translation>même nom d'entreprise</translation>
    </message>
    <message>
        <source>same company name once '%1' is ignored</source>
        <translation>même nom d'entreprise si l'on ignore « %1 »</translation>
    </message>
    <message>
        <source>same company name once spaces are ignored</source>
        <translation>même nom d'entreprise si l'on ignore les espaces</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, et %2</translation>
    </message>
    <message>
        <source>similar company name: only '%1' differs</source>
        <translation>nom d'entreprise proche : seul « %1 » diffère</translation>
    </message>
    <message>
        <source>similar company name: the same words in another order</source>
        <translation>nom d'entreprise proche : les mêmes mots dans un autre ordre</translation>
    </message>
    <message>
        <source>similar company name: one letter apart</source>
        <translation>nom d'entreprise proche : une lettre de différence</translation>
    </message>
    <message>
        <source>'%1' are the initials of '%2'</source>
        <translation>« %1 » sont les initiales de « %2 »</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>le même téléphone</translation>
    </message>
    <message>
        <source>the same web domain</source>
        <translation>le même domaine web</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected: the platform answered and accepted the key and secret.</source>
        <translation>Connecté : la plateforme a répondu et accepté la clé et le secret.</translation>
    </message>
</context>
<context>
    <name>ContactMatcher</name>
    <message>
        <source>same email</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>même nom et même entreprise</translation>
    </message>
    <message>
        <source>similar name and same company</source>
        <translation>nom proche et même entreprise</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>même nom et même téléphone</translation>
    </message>
    <message>
        <source>similar name and same phone</source>
        <translation>nom proche et même téléphone</translation>
    </message>
    <message>
        <source>same name and email domain (%1)</source>
        <translation>même nom et même domaine e-mail (%1)</translation>
    </message>
</context>
<context>
    <name>ContactTypeEditor</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This system cannot read Windows-1252 text; save the file as UTF-8 CSV.</source>
        <translation>Ce système ne sait pas lire le texte Windows-1252 ; enregistrez le fichier en CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not a CSV or Excel file: it holds binary data.</source>
        <translation>Le fichier n'est ni un CSV ni un fichier Excel : il contient des données binaires.</translation>
    </message>
    <message>
        <source>The file has no header row: it holds only empty lines.</source>
        <translation>Le fichier n'a pas de ligne d'en-tête : il ne contient que des lignes vides.</translation>
    </message>
    <message>
        <source>The file could not be read to its end: %1</source>
        <translation>Le fichier n'a pas pu être lu jusqu'au bout : %1</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns.</source>
        <translation>La ligne %1 a plus de %2 colonnes.</translation>
    </message>
    <message>
        <source>The row that starts on line %1 is longer than %2 characters; is a closing quote missing?</source>
        <translation>L'enregistrement qui commence à la ligne %1 dépasse %2 caractères ; manque-t-il un guillemet fermant ?</translation>
    </message>
    <message>
        <source>The quoted value that starts on line %1 is never closed.</source>
        <translation>La valeur entre guillemets qui commence à la ligne %1 n'est jamais fermée.</translation>
    </message>
</context>
<context>
    <name>CustomFieldSchema</name>
    <message>
        <source>Small Text</source>
        <translation>Texte court</translation>
    </message>
    <message>
        <source>Large Text</source>
        <translation>Texte long</translation>
    </message>
    <message>
        <source>Single Select</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple Select</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Static Text</source>
        <translation>Texte statique</translation>
    </message>
    <message>
        <source>Whole Number</source>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <source>Large Select</source>
        <translation>Grande liste de choix</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>fieldId %1</source>
        <translation>fieldId %1</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, entrée %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>n'est pas un objet JSON</translation>
    </message>
    <message>
        <source>fieldId must be a positive whole number</source>
        <translation>fieldId doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>duplicate fieldId %1</source>
        <translation>fieldId %1 en double</translation>
    </message>
    <message>
        <source>fieldType must be a number from 0 to 9</source>
        <translation>fieldType doit être un nombre de 0 à 9</translation>
    </message>
    <message>
        <source>unknown fieldType %1 (0 to 9 are known)</source>
        <translation>fieldType %1 inconnu (0 à 9 sont connus)</translation>
    </message>
    <message>
        <source>displayName is missing</source>
        <translation>displayName manque</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <source>sortOrder must be a whole number</source>
        <translation>sortOrder doit être un nombre entier</translation>
    </message>
    <message>
        <source>the label of select value '%1' is not text</source>
        <translation>le libellé de la valeur de choix « %1 » n'est pas du texte</translation>
    </message>
    <message>
        <source>select values must be text</source>
        <translation>les valeurs de choix doivent être du texte</translation>
    </message>
    <message>
        <source>duplicate select value '%1'</source>
        <translation>valeur de choix « %1 » en double</translation>
    </message>
    <message>
        <source>selectValues must be an object of key: label</source>
        <translation>selectValues doit être un objet clé : libellé</translation>
    </message>
    <message>
        <source>a %1 field needs selectValues</source>
        <translation>un champ de type %1 nécessite selectValues</translation>
    </message>
    <message>
        <source>fileTypes must be a list</source>
        <translation>fileTypes doit être une liste</translation>
    </message>
    <message>
        <source>Files cannot be sent through the platform's API; attach them in iVvy.</source>
        <translation>Les fichiers ne peuvent pas être envoyés par l'API de la plateforme ; joignez-les dans iVvy.</translation>
    </message>
    <message>
        <source>fieldId %1 is too large (at most %2)</source>
        <translation>fieldId %1 est trop grand (au plus %2)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is already open.</source>
        <translation>La base de données %1 est déjà ouverte.</translation>
    </message>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed; the database cannot be opened.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n'est pas installé ; la base de données ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n'a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d'ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a LeadDesk database or cannot be read: %2</source>
        <translation>%1 n'est pas une base de données LeadDesk ou ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer LeadDesk (schema version %2; this one knows up to %3); it was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de LeadDesk (version de schéma %2 ; celle-ci connaît jusqu'à %3) ; il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to write-ahead logging (the journal mode stayed "%2"); is it on a network or read-only file system?</source>
        <translation>Impossible de passer la base de données %1 en journalisation anticipée (le mode de journal est resté « %2 ») ; se trouve-t-elle sur un système de fichiers réseau ou en lecture seule ?</translation>
    </message>
    <message>
        <source>Cannot update the database %1 to schema version %2 (%3); it stays at version %4: %5</source>
        <translation>Impossible de mettre à jour la base de données %1 vers la version de schéma %2 (%3) ; elle reste en version %4 : %5</translation>
    </message>
    <message>
        <source>PRAGMA user_version gave no answer.</source>
        <translation>PRAGMA user_version n'a donné aucune réponse.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n'est pas ouverte.</translation>
    </message>
    <message>
        <source>Nested database transactions are not supported; finish the running one first.</source>
        <translation>Les transactions imbriquées ne sont pas prises en charge ; terminez d'abord celle en cours.</translation>
    </message>
    <message>
        <source>The database is not open (while running %1).</source>
        <translation>La base de données n'est pas ouverte (pendant l'exécution de %1).</translation>
    </message>
    <message>
        <source>simulated disk failure</source>
        <translation>panne de disque simulée</translation>
    </message>
    <message>
        <source>Could not write to the database (%1) while running %2.</source>
        <translation>Impossible d'écrire dans la base de données (%1) pendant l'exécution de %2.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a LeadDesk database; LeadDesk left it as it is. Restore it from a backup, or move it away to start with an empty one.</source>
        <translation>%1 est vide (0 octet) et n’est donc pas une base de données LeadDesk ; LeadDesk l’a laissé tel quel. Restaurez-le depuis une sauvegarde, ou déplacez-le pour repartir d’une base vide.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossible de créer la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the database %1; nothing was kept: %2</source>
        <translation>Impossible de créer la base de données %1 ; rien n’a été conservé : %2</translation>
    </message>
    <message>
        <source>Cannot create the database %1: renaming %2 failed.</source>
        <translation>Impossible de créer la base de données %1 : le renommage de %2 a échoué.</translation>
    </message>
    <message>
        <source>%1 is not a LeadDesk database (%2); LeadDesk left it as it is. Move it away, or put LeadDesk's own file back.</source>
        <translation>%1 n’est pas une base de données LeadDesk (%2) ; LeadDesk l’a laissé tel quel. Déplacez-le, ou remettez le fichier de LeadDesk à sa place.</translation>
    </message>
    <message>
        <source>it belongs to another program, application id %1</source>
        <translation>il appartient à un autre programme, identifiant d’application %1</translation>
    </message>
    <message>
        <source>it holds tables but no LeadDesk schema version</source>
        <translation>il contient des tables mais aucune version de schéma LeadDesk</translation>
    </message>
    <message>
        <source>schema version %1 without LeadDesk's tables</source>
        <translation>version de schéma %1 sans les tables de LeadDesk</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Pick a date from a calendar (F4)</source>
        <translation>Choisir une date dans un calendrier (F4)</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Laisser la date vide</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <source>A date as yyyy-mm-dd</source>
        <translation>Une date au format aaaa-mm-jj</translation>
    </message>
    <message>
        <source>A date as %1 or yyyy-mm-dd</source>
        <translation>Une date au format %1 ou aaaa-mm-jj</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>year in a date hint</comment>
        <translation>aaaa</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>month in a date hint</comment>
        <translation>mm</translation>
    </message>
    <message>
        <source>dd</source>
        <comment>day in a date hint</comment>
        <translation>jj</translation>
    </message>
</context>
<context>
    <name>DateValue</name>
    <message>
        <source>'%1' is not a date in the form %2; the file may use %3.</source>
        <translation>« %1 » n'est pas une date de la forme %2 ; le fichier utilise peut-être %3.</translation>
    </message>
    <message>
        <source>'%1' is not a date in the form %2.</source>
        <translation>« %1 » n'est pas une date de la forme %2.</translation>
    </message>
</context>
<context>
    <name>DraftFile</name>
    <message>
        <source>Save what is typed as a file</source>
        <translation>Enregistrer la saisie dans un fichier</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved as %1. It is a request body: leaddesk-cli submit can send it.</source>
        <translation>Enregistré sous %1. C’est un corps de requête : leaddesk-cli submit peut l’envoyer.</translation>
    </message>
</context>
<context>
    <name>DuplicateOffer</name>
    <message>
        <source>Use this</source>
        <translation>Utiliser celui-ci</translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation>Pas celui-ci</translation>
    </message>
    <message>
        <source>Perhaps %1</source>
        <translation>Peut-être %1</translation>
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
        <translation>ne peut pas être défini par l'API</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 n'existe pas</translation>
    </message>
    <message>
        <source>%1 is no longer an active user</source>
        <translation>%1 n'est plus un utilisateur actif</translation>
    </message>
    <message>
        <source>must be a list of ids</source>
        <translation>doit être une liste d'identifiants</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>%1, required</source>
        <translation>%1, obligatoire</translation>
    </message>
    <message>
        <source>A line of text.</source>
        <translation>Une ligne de texte.</translation>
    </message>
    <message>
        <source>Text of several lines.</source>
        <translation>Un texte sur plusieurs lignes.</translation>
    </message>
    <message>
        <source>An email address.</source>
        <translation>Une adresse e-mail.</translation>
    </message>
    <message>
        <source>Choose one value from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <source>Tick any number of values.</source>
        <translation>Cochez autant de valeurs que nécessaire.</translation>
    </message>
    <message>
        <source>A check box: on or off.</source>
        <translation>Une case à cocher : activée ou non.</translation>
    </message>
    <message>
        <source>An address in several parts.</source>
        <translation>Une adresse en plusieurs parties.</translation>
    </message>
    <message>
        <source>A date as year-month-day, such as 2026-03-31.</source>
        <translation>Une date au format année-mois-jour, par exemple 2026-03-31.</translation>
    </message>
    <message>
        <source>A file kept on the platform; not sent from here.</source>
        <translation>Un fichier conservé sur la plateforme ; il n'est pas envoyé d'ici.</translation>
    </message>
    <message>
        <source>Information only.</source>
        <translation>Pour information seulement.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Un nombre entier.</translation>
    </message>
    <message>
        <source>Type to search for an existing contact.</source>
        <translation>Tapez pour rechercher un contact existant.</translation>
    </message>
    <message>
        <source>Type to search for an existing company.</source>
        <translation>Tapez pour rechercher une entreprise existante.</translation>
    </message>
    <message>
        <source>Whether the lead belongs to a contact or a company.</source>
        <translation>Indique si le prospect appartient à un contact ou à une entreprise.</translation>
    </message>
    <message>
        <source>A list of record numbers, separated by commas.</source>
        <translation>Une liste de numéros d'enregistrement, séparés par des virgules.</translation>
    </message>
    <message>
        <source>A value as JSON text.</source>
        <translation>Une valeur sous forme de texte JSON.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Files cannot be sent through the platform's API.</source>
        <translation>Les fichiers ne peuvent pas être envoyés par l'API de la plateforme.</translation>
    </message>
    <message>
        <source>Accepted: %1.</source>
        <translation>Acceptés : %1.</translation>
    </message>
</context>
<context>
    <name>GrayImage</name>
    <message>
        <source>This is not a PNG or JPEG image.</source>
        <translation>Ce n'est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The PNG image cannot be read.</source>
        <translation>L'image PNG ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The image is too large to look for a code in.</source>
        <translation>L'image est trop grande pour y chercher un code.</translation>
    </message>
    <message>
        <source>The JPEG image cannot be read, or is too large.</source>
        <translation>L'image JPEG ne peut pas être lue, ou est trop grande.</translation>
    </message>
</context>
<context>
    <name>IdListEditor</name>
    <message>
        <source>Type an id and press Enter to add it</source>
        <translation>Saisissez un identifiant et appuyez sur Entrée pour l’ajouter</translation>
    </message>
    <message>
        <source>Type a business name to add a company</source>
        <translation>Saisissez une raison sociale pour ajouter une entreprise</translation>
    </message>
    <message>
        <source>Type a name or email to add a contact</source>
        <translation>Saisissez un nom ou une adresse e-mail pour ajouter un contact</translation>
    </message>
    <message>
        <source>Chosen records</source>
        <translation>Fiches choisies</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the selected record out of the list</source>
        <translation>Retirer la fiche sélectionnée de la liste</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>&amp;Only rows with problems or duplicates</source>
        <translation>&amp;Uniquement les lignes avec des problèmes ou des doublons</translation>
    </message>
    <message>
        <source>&amp;Export problem rows…</source>
        <translation>&amp;Exporter les lignes à problème…</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Fix a cell by typing in it (F2); the row is checked again at once.</source>
        <translation>Rien n'a encore été envoyé. Corrigez une cellule en y saisissant du texte (F2) ; la ligne est vérifiée de nouveau aussitôt.</translation>
    </message>
    <message>
        <source>Checking rows… %1 of %2</source>
        <translation>Vérification des lignes… %1 sur %2</translation>
    </message>
    <message>
        <source>Rows: %1 — ready: %2, with problems: %3, duplicates: %4 (to send anyway: %5)</source>
        <translation>Lignes : %1 — prêtes : %2, avec problèmes : %3, doublons : %4 (à envoyer quand même : %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of this file were already sent by an earlier run; they are not sent again.</source>
        <translation>
            <numerusform>%n ligne de ce fichier a déjà été envoyée lors d'une exécution précédente ; elle n'est pas renvoyée.</numerusform>
            <numerusform>%n lignes de ce fichier ont déjà été envoyées lors d'une exécution précédente ; elles ne sont pas renvoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export problem rows</source>
        <translation>Exporter les lignes à problème</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-problèmes</translation>
    </message>
    <message>
        <source>The problem rows are in %1.</source>
        <translation>Les lignes à problème sont dans %1.</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Entreprise : %1</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorer cette colonne)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>column "%1" matches no field and is ignored.</source>
        <translation>la colonne "%1" ne correspond à aucun champ et est ignorée.</translation>
    </message>
    <message>
        <source>using the mapping saved for files with these columns.</source>
        <translation>utilisation de la correspondance enregistrée pour les fichiers ayant ces colonnes.</translation>
    </message>
    <message>
        <source>could not look up existing contacts and companies on the platform (%1); only those seen before are used.</source>
        <translation>impossible de rechercher les contacts et entreprises existants sur la plateforme (%1) ; seuls ceux déjà connus sont utilisés.</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>%1 a une ligne d'en-tête mais aucune ligne de données.</translation>
    </message>
    <message numerus="yes">
        <source>"%1" in column %2 matches no %3 (%n row(s)); map it with "values" in MAP.json.</source>
        <translation>
            <numerusform>"%1" dans la colonne %2 ne correspond à aucune valeur de %3 (%n ligne) ; associez-la avec "values" dans MAP.json.</numerusform>
            <numerusform>"%1" dans la colonne %2 ne correspond à aucune valeur de %3 (%n lignes) ; associez-la avec "values" dans MAP.json.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows, %3 rows/s, %4 s left</source>
        <translation>%1 lignes sur %2, %3 lignes/s, encore %4 s</translation>
    </message>
    <message>
        <source>%1 sent, %2 queued, %3 rejected</source>
        <translation>%1 envoyées, %2 en attente, %3 refusées</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had been queued by an earlier import of this file and were not sent again.</source>
        <translation>
            <numerusform>%n ligne avait été mise en attente par un import précédent de ce fichier et n'a pas été renvoyée.</numerusform>
            <numerusform>%n lignes avaient été mises en attente par un import précédent de ce fichier et n'ont pas été renvoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>impossible d'écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>the mapping's column %1 names no field of the imported records; it is ignored.</source>
        <translation>la colonne %1 de la correspondance ne désigne aucun champ des fiches importées ; elle est ignorée.</translation>
    </message>
    <message>
        <source>contacts: %1 ready rows use an existing one, %2 create a new one, %3 use a new one that another row creates.</source>
        <translation>contacts : %1 lignes prêtes utilisent un contact existant, %2 en créent un nouveau, %3 utilisent un nouveau contact créé par une autre ligne.</translation>
    </message>
</context>
<context>
    <name>ImportCsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportDryRun</name>
    <message>
        <source>column %1 (no header)</source>
        <translation>colonne %1 (sans en-tête)</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no</source>
        <translation>"%1" n'est ni oui ni non</translation>
    </message>
    <message>
        <source>"%1" matches no option of %2</source>
        <translation>"%1" ne correspond à aucune option de %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with problems, %4 duplicates</source>
        <translation>%1 lignes : %2 prêtes, %3 avec des problèmes, %4 doublons</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>Every row is checked before anything is sent.</source>
        <translation>Chaque ligne est vérifiée avant tout envoi.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s), %1 column(s)</source>
        <translation>
            <numerusform>%n ligne de données, %1 colonne(s)</numerusform>
            <numerusform>%n lignes de données, %1 colonne(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHandler</name>
    <message>
        <source>&amp;Import leads…</source>
        <translation>&amp;Importer des prospects…</translation>
    </message>
    <message>
        <source>Check and send the leads of a .csv or .xlsx file</source>
        <translation>Vérifier et envoyer les prospects d'un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importer des prospects</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>The mapping has an unknown part "%1" (it takes columns, dateFormat and values).</source>
        <translation>La correspondance a une partie inconnue "%1" (elle accepte columns, dateFormat et values).</translation>
    </message>
    <message>
        <source>The mapping's "columns" must be an object of header → target.</source>
        <translation>Les "columns" de la correspondance doivent être un objet en-tête → cible.</translation>
    </message>
    <message>
        <source>The mapping's column "%1" has no target the import knows: use a lead key, contact.&lt;key&gt;, company.&lt;key&gt;, customFields.&lt;id&gt; or ignore.</source>
        <translation>La colonne "%1" de la correspondance n'a pas de cible connue de l'import : utilisez une clé de prospect, contact.&lt;key&gt;, company.&lt;key&gt;, customFields.&lt;id&gt; ou ignore.</translation>
    </message>
    <message>
        <source>The mapping's dateFormat "%1" is not one of dd/MM/yyyy, MM/dd/yyyy and yyyy-MM-dd.</source>
        <translation>Le dateFormat "%1" de la correspondance n'est ni dd/MM/yyyy, ni MM/dd/yyyy, ni yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>The mapping's "values" must be an object of target → {value: key}.</source>
        <translation>Les "values" de la correspondance doivent être un objet cible → {valeur : clé}.</translation>
    </message>
    <message>
        <source>The mapping's values for "%1" must be an object of value → key.</source>
        <translation>Les valeurs de la correspondance pour "%1" doivent être un objet valeur → clé.</translation>
    </message>
    <message>
        <source>The mapping's value "%1" of "%2" must name a key or an id.</source>
        <translation>La valeur "%1" de "%2" dans la correspondance doit désigner une clé ou un identifiant.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Impossible de lire la correspondance %1 : %2</translation>
    </message>
    <message>
        <source>The mapping %1 is larger than 1 MiB.</source>
        <translation>La correspondance %1 dépasse 1 Mio.</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>La correspondance %1 n'est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>it holds something else</source>
        <translation>elle contient autre chose</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Exemple de valeur</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Remplit</translation>
    </message>
    <message>
        <source>Values that match no option: choose what each stands for.</source>
        <translation>Valeurs qui ne correspondent à aucune option : choisissez ce que chacune représente.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Représente</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose the field each column fills. Columns matched by their name are filled in already.</source>
        <translation>Choisissez le champ que remplit chaque colonne. Les colonnes reconnues par leur nom sont déjà renseignées.</translation>
    </message>
    <message>
        <source>day/month/year (dd/MM/yyyy)</source>
        <translation>jour/mois/année (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>month/day/year (MM/dd/yyyy)</source>
        <translation>mois/jour/année (MM/dd/yyyy)</translation>
    </message>
    <message>
        <source>ISO (yyyy-MM-dd)</source>
        <translation>ISO (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>&amp;Dates are written as:</source>
        <translation>&amp;Les dates sont écrites sous la forme :</translation>
    </message>
    <message>
        <source>Using the mapping you saved for files with these columns.</source>
        <translation>La correspondance enregistrée pour les fichiers ayant ces colonnes est utilisée.</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>What "%1" stands for</source>
        <translation>Ce que représente « %1 »</translation>
    </message>
    <message>
        <source>(leave it: the rows have a problem)</source>
        <translation>(laisser : les lignes ont un problème)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Impossible d'écrire le rapport : %1</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>the same lead name and contact as row %1</source>
        <translation>même nom de prospect et même contact que la ligne %1</translation>
    </message>
    <message>
        <source>uses contact %1</source>
        <translation>utilise le contact %1</translation>
    </message>
    <message>
        <source>creates a new contact</source>
        <translation>crée un nouveau contact</translation>
    </message>
    <message>
        <source>uses the new contact of row %1</source>
        <translation>utilise le nouveau contact de la ligne %1</translation>
    </message>
    <message>
        <source>uses company %1</source>
        <translation>utilise l'entreprise %1</translation>
    </message>
    <message>
        <source>creates a new company</source>
        <translation>crée une nouvelle entreprise</translation>
    </message>
    <message>
        <source>uses the new company of row %1</source>
        <translation>utilise la nouvelle entreprise de la ligne %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: problem</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>duplicate of row %1</source>
        <translation>doublon de la ligne %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <source>The same lead name and contact as row %1. Tick to send it anyway.</source>
        <translation>Le même nom de prospect et le même contact qu'à la ligne %1. Cochez pour l'envoyer quand même.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>An earlier run queued it as outbox item %1, which was deleted; it is not sent again.</source>
        <translation>Une exécution précédente l'a mise en attente comme élément %1 de la boîte d'envoi, qui a été supprimé ; elle n'est pas renvoyée.</translation>
    </message>
    <message>
        <source>It was taken back from the outbox for editing (item %1).</source>
        <translation>Elle a été reprise de la boîte d'envoi pour modification (élément %1).</translation>
    </message>
    <message>
        <source>It was deleted from the outbox.</source>
        <translation>Elle a été supprimée de la boîte d'envoi.</translation>
    </message>
    <message>
        <source>waits for its new company, queued as outbox item %1</source>
        <translation>attend sa nouvelle entreprise, en attente comme élément %1 de la boîte d'envoi</translation>
    </message>
    <message>
        <source>waits for its new contact, queued as outbox item %1</source>
        <translation>attend son nouveau contact, en attente comme élément %1 de la boîte d'envoi</translation>
    </message>
    <message>
        <source>its new company was refused: %1</source>
        <translation>sa nouvelle entreprise a été refusée : %1</translation>
    </message>
    <message>
        <source>its new contact was refused: %1</source>
        <translation>son nouveau contact a été refusé : %1</translation>
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
        <translation>&amp;Arrêter l'envoi</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Each row is sent once, even when this file is imported again.</source>
        <translation>Chaque ligne est envoyée une seule fois, même si ce fichier est importé de nouveau.</translation>
    </message>
    <message>
        <source>What was sent stays sent; rows waiting in the outbox go out by themselves; the rest are not sent.</source>
        <translation>Ce qui a été envoyé le reste ; les lignes en attente dans la boîte d'envoi partent d'elles-mêmes ; le reste n'est pas envoyé.</translation>
    </message>
    <message>
        <source>What the outbox says about sending (batches, fallbacks) appears here.</source>
        <translation>Ce que la boîte d'envoi signale sur l'envoi (lots, repli sur des requêtes individuelles) s'affiche ici.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already sent by an earlier run of this file: they are followed, not sent again.</source>
        <translation>
            <numerusform>%n ligne déjà envoyée lors d'une exécution précédente de ce fichier : elle est suivie, pas renvoyée.</numerusform>
            <numerusform>%n lignes déjà envoyées lors d'une exécution précédente de ce fichier : elles sont suivies, pas renvoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>temps restant inconnu</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows, %3 rows/s, %4</source>
        <translation>%1 lignes sur %2, %3 lignes/s, %4</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>%1 sent, %2 waiting in the outbox (they go out by themselves), %3 refused, %4 not sent.</source>
        <translation>%1 envoyées, %2 en attente dans la boîte d'envoi (elles partent d'elles-mêmes), %3 refusées, %4 non envoyées.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had been sent by an earlier run of this file and were not sent again.</source>
        <translation>
            <numerusform>%n ligne avait déjà été envoyée lors d'une exécution précédente de ce fichier et n'a pas été renvoyée.</numerusform>
            <numerusform>%n lignes avaient déjà été envoyées lors d'une exécution précédente de ce fichier et n'ont pas été renvoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>-results</source>
        <translation>-résultats</translation>
    </message>
    <message>
        <source>The results are in %1.</source>
        <translation>Les résultats sont dans %1.</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>%1 a une ligne d'en-tête mais aucune ligne de données.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>Existing contacts and companies could not be looked up on the platform (%1); only those seen before are used.</source>
        <translation>Les contacts et entreprises existants n'ont pas pu être recherchés sur la plateforme (%1) ; seuls ceux déjà vus sont utilisés.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import leads from %1</source>
        <translation>Importer des prospects depuis %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>JSON, e.g. [{"groupId": 10}]</source>
        <translation>JSON, p. ex. [{"groupId" : 10}]</translation>
    </message>
    <message>
        <source>JSON, e.g. [{"ref": "site", "label": "Website", "url": "https://example.com"}]</source>
        <translation>JSON, p. ex. [{"ref": "site", "label": "Website", "url": "https://example.com"}]</translation>
    </message>
    <message>
        <source>JSON, e.g. {"firstName": "Ana", "lastName": "Silva", "email": "ana@example.com"}</source>
        <translation>JSON, p. ex. {"firstName": "Ana", "lastName": "Silva", "email": "ana@example.com"}</translation>
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
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at %3.</source>
        <translation>%1 n'est pas du JSON valide : %2 à %3.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1 holds a JSON array; a JSON object {…} was expected.</source>
        <translation>%1 contient un tableau JSON ; un objet JSON {…} était attendu.</translation>
    </message>
    <message>
        <source>%1 holds a JSON object; a JSON array […] was expected.</source>
        <translation>%1 contient un objet JSON ; un tableau JSON […] était attendu.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at %2.</source>
        <translation>%1 n’est pas du JSON valide à %2.</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes; a request body may hold at most %3 MiB (%4 bytes), what the platform accepts.</source>
        <translation>%1 contient %2 octets ; un corps de requête peut contenir au plus %3 Mio (%4 octets), ce que la plateforme accepte.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 dépasse %2 Mio.</translation>
    </message>
</context>
<context>
    <name>JsonScan</name>
    <message>
        <source>the text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>the text is not valid JSON at line %1, column %2</source>
        <translation>le texte n’est pas du JSON valide à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object (line %2, column %3); remove one of them</source>
        <translation>la clé %1 apparaît deux fois dans le même objet (ligne %2, colonne %3) ; supprimez l’une des deux</translation>
    </message>
    <message>
        <source>%1 holds the control character %2 (line %3, column %4); remove it</source>
        <translation>%1 contient le caractère de contrôle %2 (ligne %3, colonne %4) ; supprimez-le</translation>
    </message>
    <message>
        <source>%1 holds %2, half of a surrogate pair and no character (line %3, column %4)</source>
        <translation>%1 contient %2, une moitié de paire de substitution et non un caractère (ligne %3, colonne %4)</translation>
    </message>
    <message>
        <source>%1 holds the byte %2, which is not UTF-8 text (line %3, column %4)</source>
        <translation>%1 contient l’octet %2, qui n’est pas du texte UTF-8 (ligne %3, colonne %4)</translation>
    </message>
    <message>
        <source>%1 is %2, too large to be read exactly: whole numbers in JSON are exact up to %3 (line %4, column %5)</source>
        <translation>%1 vaut %2, trop grand pour être lu exactement : les nombres entiers en JSON sont exacts jusqu’à %3 (ligne %4, colonne %5)</translation>
    </message>
    <message>
        <source>%1 nests objects and arrays more than %2 deep (line %3, column %4)</source>
        <translation>%1 imbrique objets et tableaux sur plus de %2 niveaux (ligne %3, colonne %4)</translation>
    </message>
    <message>
        <source>the text holds more than %1 values or containers (line %2, column %3)</source>
        <translation>le texte contient plus de %1 valeurs ou conteneurs (ligne %2, colonne %3)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The secret has no name to be stored under.</source>
        <translation>Le secret n'a pas de nom sous lequel être enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>Aucune réponse en %n seconde (%1).</numerusform>
            <numerusform>Aucune réponse en %n secondes (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>details withheld</source>
        <translation>détails non communiqués</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>trousseau macOS</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>Gestionnaire d'identification Windows</translation>
    </message>
    <message>
        <source>the Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>No secret is saved under that name in %1</source>
        <translation>Aucun secret n'est enregistré sous ce nom (%1)</translation>
    </message>
    <message>
        <source>The secret could not be deleted from %1</source>
        <translation>Le secret n'a pas pu être supprimé (%1)</translation>
    </message>
    <message>
        <source>Access to %1 was refused</source>
        <translation>Accès refusé (%1)</translation>
    </message>
    <message>
        <source>Access to %1 was denied; it may be locked</source>
        <translation>Accès refusé (%1) ; il est peut-être verrouillé</translation>
    </message>
    <message>
        <source>No system keychain is available</source>
        <translation>Aucun trousseau système n'est disponible</translation>
    </message>
    <message>
        <source>This system's keychain is not supported</source>
        <translation>Le trousseau de ce système n'est pas pris en charge</translation>
    </message>
    <message>
        <source>Could not use %1</source>
        <translation>Utilisation impossible : %1</translation>
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
        <translation>Tapez pour chercher…</translation>
    </message>
    <message>
        <source>Show all values (Down)</source>
        <translation>Afficher toutes les valeurs (flèche bas)</translation>
    </message>
    <message>
        <source>Show all values</source>
        <translation>Afficher toutes les valeurs</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>New lead like this</source>
        <translation>Nouveau prospect semblable</translation>
    </message>
    <message>
        <source>&amp;Add custom field %1…</source>
        <translation>&amp;Ajouter le champ personnalisé %1…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add the %n custom field(s)…</source>
        <translation>
            <numerusform>&amp;Ajouter le champ personnalisé…</numerusform>
            <numerusform>&amp;Ajouter les %n champs personnalisés…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSchemaNotice</name>
    <message>
        <source>This profile has no lead custom fields yet, so leads are sent without them and the platform may refuse them. The platform cannot list them: import the lead schema file your admin exported from LeadDesk (Settings → Lead schema → Export…).</source>
        <translation>Ce profil n’a pas encore de champs personnalisés de lead : les leads partent sans eux et la plateforme peut les refuser. La plateforme ne peut pas les lister : importez le fichier de schéma de lead que votre administrateur a exporté depuis LeadDesk (Paramètres → Schéma de lead → Exporter…).</translation>
    </message>
    <message>
        <source>&amp;Import lead schema…</source>
        <translation>&amp;Importer le schéma de lead…</translation>
    </message>
    <message>
        <source>Import lead schema</source>
        <translation>Importer le schéma de lead</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>the lead schema</source>
        <translation>le schéma de lead</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>LookupCache</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON non valide : %1 à la position %2</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>n'est pas un tableau JSON</translation>
    </message>
    <message>
        <source>No profile was given for the lookup cache.</source>
        <translation>Aucun profil n'a été indiqué pour le cache des listes de référence.</translation>
    </message>
    <message>
        <source>The fetch time of the lookup lists of profile %1 is invalid.</source>
        <translation>L'heure de récupération des listes de référence du profil %1 n'est pas valide.</translation>
    </message>
    <message>
        <source>A lookup list of profile %1 has no name.</source>
        <translation>Une liste de référence du profil %1 n'a pas de nom.</translation>
    </message>
    <message>
        <source>Cannot update the lookup cache of profile %1; the previous lists are kept: %2</source>
        <translation>Impossible de mettre à jour le cache des listes de référence du profil %1 ; les listes précédentes sont conservées : %2</translation>
    </message>
    <message>
        <source>Cannot read the lookup cache of profile %1: %2</source>
        <translation>Impossible de lire le cache des listes de référence du profil %1 : %2</translation>
    </message>
    <message>
        <source>its fetch time is unreadable</source>
        <translation>son heure de récupération est illisible</translation>
    </message>
    <message>
        <source>The cached lookup list "%1" of profile %2 is damaged (%3); refresh the lookups.</source>
        <translation>La liste de référence « %1 » en cache du profil %2 est endommagée (%3) ; actualisez les listes de référence.</translation>
    </message>
    <message>
        <source>No profile was given for the lead custom fields.</source>
        <translation>Aucun profil n'a été indiqué pour les champs personnalisés des prospects.</translation>
    </message>
    <message>
        <source>Cannot store the lead custom fields of profile %1: %2</source>
        <translation>Impossible d'enregistrer les champs personnalisés des prospects du profil %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the lead custom fields of profile %1: %2</source>
        <translation>Impossible de lire les champs personnalisés des prospects du profil %1 : %2</translation>
    </message>
    <message>
        <source>The cached lead custom fields of profile %1 are damaged (%2); import them again.</source>
        <translation>Les champs personnalisés des prospects en cache du profil %1 sont endommagés (%2) ; importez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>LookupCatalog</name>
    <message>
        <source>contact custom fields</source>
        <translation>champs personnalisés des contacts</translation>
    </message>
    <message>
        <source>company custom fields</source>
        <translation>champs personnalisés des entreprises</translation>
    </message>
    <message>
        <source>lead schema</source>
        <translation>schéma des prospects</translation>
    </message>
</context>
<context>
    <name>LookupFetcher</name>
    <message>
        <source>The platform's answer to %1 holds no list.</source>
        <translation>La réponse de la plateforme à %1 ne contient aucune liste.</translation>
    </message>
    <message>
        <source>the lookups together passed %1 MB</source>
        <translation>les listes de référence dépassaient ensemble %1 Mo</translation>
    </message>
    <message>
        <source>it passed %1 MB</source>
        <translation>elle dépassait %1 Mo</translation>
    </message>
    <message>
        <source>it passed %1 entries</source>
        <translation>elle dépassait %1 entrées</translation>
    </message>
    <message>
        <source>The platform sent entries of %1 already received instead of the next page; LeadDesk took the %2 it had as the whole list.</source>
        <translation>La plateforme a renvoyé des entrées de %1 déjà reçues au lieu de la page suivante ; LeadDesk a pris les %2 qu’il avait comme liste complète.</translation>
    </message>
    <message>
        <source>The platform's list %1 is larger than LeadDesk takes: %2. LeadDesk stopped reading it and kept the lookups it had.</source>
        <translation>La liste %1 de la plateforme dépasse ce que LeadDesk accepte : %2. LeadDesk a cessé de la lire et a gardé les listes de référence qu’il avait.</translation>
    </message>
    <message>
        <source>The platform's list %1 was cut short at %2 entries: %3.</source>
        <translation>La liste %1 de la plateforme a été tronquée à %2 entrées : %3.</translation>
    </message>
</context>
<context>
    <name>LookupSync</name>
    <message>
        <source>The platform sent custom-field definitions LeadDesk cannot use: %1</source>
        <translation>La plateforme a envoyé des définitions de champs personnalisés que LeadDesk ne peut pas utiliser : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Drafts and outbox</source>
        <translation>Brouillons et boîte d'envoi</translation>
    </message>
    <message>
        <source>The lookup lists could not be refreshed: %1 Forms use the lists from %2.</source>
        <translation>Les listes de référence n'ont pas pu être actualisées : %1 Les formulaires utilisent les listes du %2.</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>nulle part pour l'instant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;lead</source>
        <translation>Nouveau &amp;prospect</translation>
    </message>
    <message>
        <source>New &amp;company</source>
        <translation>Nouvelle &amp;entreprise</translation>
    </message>
    <message>
        <source>New c&amp;ontact</source>
        <translation>Nouveau &amp;contact</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Drafts are also saved as you type</source>
        <translation>Les brouillons sont aussi enregistrés pendant la saisie</translation>
    </message>
    <message>
        <source>&amp;Close form</source>
        <translation>Fermer le &amp;formulaire</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Find &amp;leads…</source>
        <translation>Rechercher des &amp;prospects…</translation>
    </message>
    <message>
        <source>Find &amp;companies…</source>
        <translation>Rechercher des &amp;entreprises…</translation>
    </message>
    <message>
        <source>Find c&amp;ontacts…</source>
        <translation>Rechercher des &amp;contacts…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Fi&amp;che</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Refresh lookup lists</source>
        <translation>&amp;Actualiser les listes de référence</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Vérifier la connexion</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About LeadDesk</source>
        <translation>À &amp;propos de LeadDesk</translation>
    </message>
    <message>
        <source>About LeadDesk</source>
        <translation>À propos de LeadDesk</translation>
    </message>
    <message>
        <source>LeadDesk %1 — lead entry for the iVvy platform.</source>
        <translation>LeadDesk %1 — saisie de prospects pour la plateforme iVvy.</translation>
    </message>
    <message>
        <source>You are trying LeadDesk with the built-in sandbox: nothing you enter leaves this computer.</source>
        <translation>Vous essayez LeadDesk avec le bac à sable intégré : rien de ce que vous saisissez ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Platform: not checked yet</source>
        <translation>Plateforme : pas encore vérifiée</translation>
    </message>
    <message>
        <source>Platform: checking…</source>
        <translation>Plateforme : vérification…</translation>
    </message>
    <message>
        <source>Platform: online</source>
        <translation>Plateforme : en ligne</translation>
    </message>
    <message>
        <source>Platform: unreachable</source>
        <translation>Plateforme : injoignable</translation>
    </message>
    <message>
        <source>Platform: key or secret refused</source>
        <translation>Plateforme : clé ou secret refusé</translation>
    </message>
    <message>
        <source>Lookups: refreshing…</source>
        <translation>Listes de référence : actualisation…</translation>
    </message>
    <message>
        <source>Lookups: not loaded yet</source>
        <translation>Listes de référence : pas encore chargées</translation>
    </message>
    <message>
        <source>Lookups: just refreshed</source>
        <translation>Listes de référence : à l'instant</translation>
    </message>
    <message numerus="yes">
        <source>Lookups: %n minute(s) old</source>
        <translation>
            <numerusform>Listes de référence : il y a %n minute</numerusform>
            <numerusform>Listes de référence : il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lookups: %n hour(s) old</source>
        <translation>
            <numerusform>Listes de référence : il y a %n heure</numerusform>
            <numerusform>Listes de référence : il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lookups: %n day(s) old</source>
        <translation>
            <numerusform>Listes de référence : il y a %n jour</numerusform>
            <numerusform>Listes de référence : il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — LeadDesk</source>
        <translation>%1 — LeadDesk</translation>
    </message>
    <message>
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Le brouillon n'a pas pu être enregistré</translation>
    </message>
    <message>
        <source>What is typed in %1 could not be saved as a draft. Close it anyway and lose it?</source>
        <translation>La saisie de %1 n'a pas pu être enregistrée comme brouillon. Fermer quand même et la perdre ?</translation>
    </message>
    <message>
        <source>Kept as a draft in the panel on the left.</source>
        <translation>Conservé comme brouillon dans le panneau de gauche.</translation>
    </message>
    <message>
        <source>Request inspector</source>
        <translation>Inspecteur de requêtes</translation>
    </message>
    <message>
        <source>Request &amp;inspector</source>
        <translation>&amp;Inspecteur de requêtes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Sent &amp;history</source>
        <translation>&amp;Historique des envois</translation>
    </message>
    <message>
        <source>Sent history</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <source>&amp;Drafts and outbox</source>
        <translation>&amp;Brouillons et boîte d’envoi</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Fermer %1</translation>
    </message>
    <message>
        <source>What is typed in “%1” is not sent. Save keeps it as a draft in the panel on the left, to finish later; Discard throws it away.</source>
        <translation>Ce qui est saisi dans « %1 » n’est pas envoyé. Enregistrer le garde comme brouillon dans le panneau de gauche, pour le terminer plus tard ; Ignorer le supprime.</translation>
    </message>
    <message>
        <source>“%1” discarded.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n’est ouvert.</translation>
    </message>
    <message>
        <source>“%1” could not be put back: %2</source>
        <translation>Impossible de rétablir « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The lookup lists changed since this was queued: %1</source>
        <translation>Les listes de référence ont changé depuis la mise en file d'attente : %1</translation>
    </message>
    <message>
        <source>The lookup lists changed</source>
        <translation>Les listes de référence ont changé</translation>
    </message>
    <message>
        <source>"%1" is being sent right now, so it may still reach the platform. Once its answer is in it is either sent, and there is nothing left to delete, or back in the queue, and it can be deleted then.</source>
        <translation>L'élément « %1 » est en cours d'envoi et peut donc encore atteindre la plateforme. Une fois la réponse reçue, soit il est envoyé et il n'y a plus rien à supprimer, soit il revient dans la file d'attente et peut alors être supprimé.</translation>
    </message>
    <message>
        <source>"%1" may already be on the platform: LeadDesk is checking before it sends it again. It can be changed or deleted once that is known.</source>
        <translation>L'élément « %1 » est peut-être déjà sur la plateforme : LeadDesk vérifie avant de l'envoyer à nouveau. Il pourra être modifié ou supprimé dès que ce sera établi.</translation>
    </message>
    <message>
        <source>"%1" was already sent (id %2); it stays in the sent history.</source>
        <translation>L'élément « %1 » a déjà été envoyé (identifiant %2) ; il reste dans l'historique des envois.</translation>
    </message>
    <message>
        <source>"%1" is being sent by another LeadDesk on this computer, so it may still reach the platform. It can be changed or deleted once that one has its answer.</source>
        <translation>L'élément « %1 » est en cours d'envoi par une autre instance de LeadDesk sur cet ordinateur et peut donc encore atteindre la plateforme. Il pourra être modifié ou supprimé dès que cette instance aura reçu sa réponse.</translation>
    </message>
</context>
<context>
    <name>OutboxBatch</name>
    <message>
        <source>The platform does not take batch requests (%1); LeadDesk sends one request per record for the rest of this session.</source>
        <translation>La plateforme n'accepte pas les requêtes par lot (%1) ; LeadDesk envoie une requête par enregistrement pour le reste de cette session.</translation>
    </message>
    <message>
        <source>The platform's batch results did not include this record.</source>
        <translation>Les résultats du lot renvoyés par la plateforme ne contenaient pas cet enregistrement.</translation>
    </message>
    <message>
        <source>Sent in a batch whose outcome is unknown (%1); LeadDesk looks up what landed before it sends anything again.</source>
        <translation>Envoyé dans un lot dont le résultat est inconnu (%1) ; LeadDesk vérifie ce qui est arrivé avant de renvoyer quoi que ce soit.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the platform to finish a batch of %n record(s); looking up what landed.</source>
        <translation>
            <numerusform>En attente de la fin d'un lot de %n enregistrement sur la plateforme ; vérification de ce qui est arrivé.</numerusform>
            <numerusform>En attente de la fin d'un lot de %n enregistrements sur la plateforme ; vérification de ce qui est arrivé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were on their way when LeadDesk last stopped; looking up what landed before anything is sent again.</source>
        <translation>
            <numerusform>%n enregistrement était en cours d'envoi lors du dernier arrêt de LeadDesk ; vérification de ce qui est arrivé avant tout nouvel envoi.</numerusform>
            <numerusform>%n enregistrements étaient en cours d'envoi lors du dernier arrêt de LeadDesk ; vérification de ce qui est arrivé avant tout nouvel envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the platform yet; its batch may still be landing. LeadDesk looks again before it sends it again.</source>
        <translation>Pas encore sur la plateforme ; son lot est peut-être encore en cours de traitement. LeadDesk vérifie à nouveau avant de le renvoyer.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>nothing to send</source>
        <translation>rien à envoyer</translation>
    </message>
    <message>
        <source>sent %1 of %2</source>
        <translation>%1 sur %2 envoyés</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still wait to be sent: %1</source>
        <translation>
            <numerusform>%n élément attend encore d'être envoyé : %1</numerusform>
            <numerusform>%n éléments attendent encore d'être envoyés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were refused by the platform and need a fix in LeadDesk (see 'outbox list').</source>
        <translation>
            <numerusform>%n élément a été refusé par la plateforme et doit être corrigé dans LeadDesk (voir « outbox list »).</numerusform>
            <numerusform>%n éléments ont été refusés par la plateforme et doivent être corrigés dans LeadDesk (voir « outbox list »).</numerusform>
        </translation>
    </message>
    <message>
        <source>everything was sent</source>
        <translation>tout a été envoyé</translation>
    </message>
    <message>
        <source>The outbox cannot be written (%1); nothing more is sent until it can.</source>
        <translation>Impossible d'écrire dans la boîte d'envoi (%1) ; plus rien n'est envoyé tant que ce n'est pas possible.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is sending this profile's outbox; the %n waiting item(s) go out from there.</source>
        <translation>
            <numerusform>La boîte d'envoi de ce profil est envoyée par %1 ; %n élément en attente part de là.</numerusform>
            <numerusform>La boîte d'envoi de ce profil est envoyée par %1 ; %n éléments en attente partent de là.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxListModel</name>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>prospect</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d'envoi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Checking whether it arrived</source>
        <translation>Vérification de la réception</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>prochain essai %1</translation>
    </message>
    <message>
        <source>(untitled %1)</source>
        <translation>(%1 sans titre)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2, local id %3
%4</source>
        <translation>%1 %2, identifiant local %3
%4</translation>
    </message>
</context>
<context>
    <name>OutboxLock</name>
    <message>
        <source>the LeadDesk app (process %1)</source>
        <translation>l'application LeadDesk (processus %1)</translation>
    </message>
    <message>
        <source>another leaddesk-cli (process %1)</source>
        <translation>un autre leaddesk-cli (processus %1)</translation>
    </message>
    <message>
        <source>another LeadDesk program (process %1)</source>
        <translation>un autre programme LeadDesk (processus %1)</translation>
    </message>
    <message>
        <source>its lock file %1 cannot be created: the folder is read-only or full</source>
        <translation>son fichier de verrou %1 ne peut pas être créé : le dossier est en lecture seule ou plein</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation>Brouillons et boîte d'envoi</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v sur %m envoyés</translation>
    </message>
    <message>
        <source>Send everything that waits, now</source>
        <translation>Envoyer maintenant tout ce qui attend</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n en attente d'envoi</numerusform>
            <numerusform>%n en attente d'envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a fix</source>
        <translation>
            <numerusform>%n à corriger</numerusform>
            <numerusform>%n à corriger</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts and leads waiting to be sent appear here.</source>
        <translation>Les brouillons et les prospects en attente d'envoi apparaissent ici.</translation>
    </message>
    <message>
        <source>Sending is paused: %1</source>
        <translation>L'envoi est suspendu : %1</translation>
    </message>
    <message>
        <source>The platform cannot be reached; they go out by themselves when it answers.</source>
        <translation>La plateforme est injoignable ; les éléments partiront d'eux-mêmes dès qu'elle répondra.</translation>
    </message>
    <message>
        <source>Edit a queued record?</source>
        <translation>Modifier une fiche en attente ?</translation>
    </message>
    <message>
        <source>"%1" waits to be sent. Take it out of the outbox to edit it? It goes back when you submit it again.</source>
        <translation>L'élément « %1 » attend d'être envoyé. Le retirer de la boîte d'envoi pour le modifier ? Il y retournera quand vous l'enverrez à nouveau.</translation>
    </message>
    <message>
        <source>Delete a queued record?</source>
        <translation>Supprimer une fiche en attente ?</translation>
    </message>
    <message>
        <source>"%1" has not been sent yet. Delete it? It will not reach the platform.</source>
        <translation>L'élément « %1 » n'a pas encore été envoyé. Le supprimer ? Il n'atteindra pas la plateforme.</translation>
    </message>
    <message>
        <source>"%1" deleted.</source>
        <translation>Élément « %1 » supprimé.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>LeadDesk cannot write its data folder, so nothing more is sent until it can: %1 Nothing is lost; it goes on by itself once the folder can be written again.</source>
        <translation>LeadDesk ne peut pas écrire dans son dossier de données ; plus rien n'est envoyé tant que ce n'est pas possible : %1 Rien n'est perdu ; l'envoi reprend de lui-même dès que le dossier est de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>La boîte d'envoi n'a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>It is %1</source>
        <translation>C'est %1</translation>
    </message>
    <message>
        <source>None of them: send it again</source>
        <translation>Aucune d'elles : l'envoyer à nouveau</translation>
    </message>
    <message>
        <source>Which record is it?</source>
        <translation>De quelle fiche s'agit-il ?</translation>
    </message>
    <message>
        <source>LeadDesk lost the answer to "%1" and found more than one record on the platform that could be it. Which one is it?</source>
        <translation>LeadDesk a perdu la réponse concernant « %1 » et a trouvé sur la plateforme plusieurs fiches qui pourraient correspondre. Laquelle est-ce ?</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n'est ouvert.</translation>
    </message>
    <message>
        <source>"%1" could not be put back: %2</source>
        <translation>L'élément « %1 » n'a pas pu être remis en place : %2</translation>
    </message>
    <message>
        <source>Delete the selected draft or record that waits (Del)</source>
        <translation>Supprimer le brouillon ou l’enregistrement en attente sélectionné (Suppr)</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>The platform refused the API key or secret: %1</source>
        <translation>La plateforme a refusé la clé ou le secret d'API : %1</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>Item %1 is not in a state that allows this (it may have been sent or deleted meanwhile).</source>
        <translation>L'élément %1 n'est pas dans un état qui le permet (il a peut-être été envoyé ou supprimé entre-temps).</translation>
    </message>
    <message>
        <source>LeadDesk stopped while this was being sent; it is checked before it is sent again.</source>
        <translation>LeadDesk s'est arrêté pendant l'envoi ; l'élément est vérifié avant d'être renvoyé.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Il n'existe pas d'élément %1.</translation>
    </message>
</context>
<context>
    <name>PingCommand</name>
    <message>
        <source>The platform answered the ping without an acknowledgement.</source>
        <translation>La plateforme a répondu au ping sans accusé de réception.</translation>
    </message>
</context>
<context>
    <name>PlatformAddress</name>
    <message>
        <source>No platform address is set.</source>
        <translation>Aucune adresse de plateforme n'est définie.</translation>
    </message>
    <message>
        <source>'%1' is not a platform address.</source>
        <translation>« %1 » n'est pas une adresse de plateforme.</translation>
    </message>
    <message>
        <source>'%1' uses plain HTTP; LeadDesk only talks HTTPS to a platform (plain HTTP is allowed to this computer only).</source>
        <translation>« %1 » utilise HTTP non chiffré ; LeadDesk ne communique avec une plateforme qu'en HTTPS (HTTP non chiffré n'est autorisé que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>'%1' is not an https:// address.</source>
        <translation>« %1 » n'est pas une adresse https://.</translation>
    </message>
    <message>
        <source>'%1' must be a plain address without user, query or fragment.</source>
        <translation>« %1 » doit être une adresse simple, sans utilisateur, requête ni fragment.</translation>
    </message>
</context>
<context>
    <name>PlatformAnswer</name>
    <message>
        <source>"%1" (text)</source>
        <translation>« %1 » (texte)</translation>
    </message>
    <message>
        <source>The platform's answer is not a JSON object; it says nothing about the record.</source>
        <translation>La réponse de la plateforme n’est pas un objet JSON ; elle ne dit rien de l’enregistrement.</translation>
    </message>
    <message>
        <source>The platform answered that the record was not saved.</source>
        <translation>La plateforme a répondu que l’enregistrement n’a pas été sauvegardé.</translation>
    </message>
    <message>
        <source>The platform's answer does not say whether the record was saved (it has no "success").</source>
        <translation>La réponse de la plateforme ne dit pas si l’enregistrement a été sauvegardé (elle n’a pas de « success »).</translation>
    </message>
    <message>
        <source>The platform's answer says "success" is %1, neither true nor false; LeadDesk cannot tell whether the record was saved.</source>
        <translation>La réponse de la plateforme donne « success » égal à %1, ni true ni false ; LeadDesk ne peut pas savoir si l’enregistrement a été sauvegardé.</translation>
    </message>
    <message>
        <source>The platform's answer holds no id.</source>
        <translation>La réponse de la plateforme ne contient pas d’identifiant.</translation>
    </message>
    <message>
        <source>The platform's answer holds the id %1, which %2.</source>
        <translation>La réponse de la plateforme contient l’identifiant %1, qui %2.</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>is not a positive number</source>
        <translation>n’est pas un nombre positif</translation>
    </message>
    <message>
        <source>is too large to be read exactly (ids go up to %1)</source>
        <translation>est trop grand pour être lu exactement (les identifiants vont jusqu’à %1)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>n’est pas un nombre</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>No platform address is set.</source>
        <translation>Aucune adresse de plateforme n'est définie.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Aucune clé d'API n'est définie.</translation>
    </message>
    <message>
        <source>No API secret is available for key %1.</source>
        <translation>Aucun secret d'API n'est disponible pour la clé %1.</translation>
    </message>
</context>
<context>
    <name>PlatformError</name>
    <message>
        <source>The platform refused the request</source>
        <translation>La plateforme a refusé la requête</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>The platform refused the API key or secret: %1</source>
        <translation>La plateforme a refusé la clé ou le secret d'API : %1</translation>
    </message>
    <message>
        <source>The platform answered HTTP %1</source>
        <translation>La plateforme a répondu HTTP %1</translation>
    </message>
</context>
<context>
    <name>PlatformReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>ProblemSummary</name>
    <message>
        <source>Problems to fix before sending</source>
        <translation>Problèmes à corriger avant l’envoi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>A profile needs an API key.</source>
        <translation>Un profil doit avoir une clé d'API.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Le fichier de paramètres %1 n'a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>RadarIndex</name>
    <message>
        <source>Unknown record kind "%1"; expected contact or company.</source>
        <translation>Type d’enregistrement inconnu « %1 » ; contact ou company attendu.</translation>
    </message>
    <message>
        <source>No profile was given for the radar index.</source>
        <translation>Aucun profil n’a été indiqué pour l’index des doublons.</translation>
    </message>
    <message>
        <source>A %1 without an id cannot go into the radar index; none were stored.</source>
        <translation>Un enregistrement (%1) sans identifiant ne peut pas entrer dans l’index des doublons ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot index the %1 records of profile %2: %3</source>
        <translation>Impossible d’indexer les enregistrements (%1) du profil %2 : %3</translation>
    </message>
    <message>
        <source>The %1 %2 was not stored.</source>
        <translation>L’enregistrement %1 %2 n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Cannot read the radar index: %1</source>
        <translation>Impossible de lire l’index des doublons : %1</translation>
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
        <translation>Ceci existe peut-être déjà</translation>
    </message>
    <message>
        <source>%1 may be there already: %2.</source>
        <translation>%1 existe peut-être déjà : %2.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Create a new one anyway</source>
        <translation>En créer un nouveau quand même</translation>
    </message>
</context>
<context>
    <name>ReachabilityProbe</name>
    <message>
        <source>This computer has no network connection.</source>
        <translation>Cet ordinateur n'a pas de connexion réseau.</translation>
    </message>
</context>
<context>
    <name>RecordBody</name>
    <message>
        <source>must be a list of custom field values</source>
        <translation>doit être une liste de valeurs de champs personnalisés</translation>
    </message>
    <message>
        <source>needs a fieldId</source>
        <translation>nécessite un fieldId</translation>
    </message>
    <message>
        <source>there is no %1 custom field %2</source>
        <translation>il n'existe pas de champ personnalisé %2 pour %1</translation>
    </message>
    <message>
        <source>a %1 custom field takes '%2'</source>
        <translation>un champ personnalisé pour %1 attend « %2 »</translation>
    </message>
    <message>
        <source>must be an object with the new %1's details</source>
        <translation>doit être un objet contenant les informations de la nouvelle fiche (%1)</translation>
    </message>
    <message>
        <source>'%1' is not a %2 field</source>
        <translation>« %1 » n'est pas un champ pour %2</translation>
    </message>
    <message>
        <source>give either companyId or a new company, not both</source>
        <translation>indiquez soit companyId, soit une nouvelle entreprise, pas les deux</translation>
    </message>
    <message>
        <source>give either contactId or a new contact, not both</source>
        <translation>indiquez soit contactId, soit un nouveau contact, pas les deux</translation>
    </message>
    <message>
        <source>give either companyLeadContactId or a new contact, not both</source>
        <translation>indiquez soit companyLeadContactId, soit un nouveau contact, pas les deux</translation>
    </message>
    <message>
        <source>a lead that belongs to a company takes companyLeadContactId, not contactId</source>
        <translation>un prospect rattaché à une entreprise utilise companyLeadContactId, et non contactId</translation>
    </message>
    <message>
        <source>companyLeadContactId needs companyId or a new company</source>
        <translation>companyLeadContactId nécessite companyId ou une nouvelle entreprise</translation>
    </message>
</context>
<context>
    <name>RecordBrowser</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Loading from the platform</source>
        <translation>Chargement depuis la plateforme</translation>
    </message>
    <message>
        <source>Load again what could not be loaded (F5)</source>
        <translation>Recharger ce qui n'a pas pu être chargé (F5)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Search companies by business name…</source>
        <translation>Rechercher des entreprises par raison sociale…</translation>
    </message>
    <message>
        <source>Search contacts by name or email…</source>
        <translation>Rechercher des contacts par nom ou e-mail…</translation>
    </message>
    <message>
        <source>Search leads by name…</source>
        <translation>Rechercher des prospects par nom…</translation>
    </message>
    <message>
        <source>%1 of %2 companies</source>
        <translation>%1 entreprises sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation>%1 contacts sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 prospects sur %2</translation>
    </message>
    <message>
        <source>No companies on the platform</source>
        <translation>Aucune entreprise sur la plateforme</translation>
    </message>
    <message>
        <source>No contacts on the platform</source>
        <translation>Aucun contact sur la plateforme</translation>
    </message>
    <message>
        <source>No leads on the platform</source>
        <translation>Aucun prospect sur la plateforme</translation>
    </message>
    <message>
        <source>No company's business name contains “%1”</source>
        <translation>Aucune raison sociale ne contient « %1 »</translation>
    </message>
    <message>
        <source>No contact's name or email contains “%1”</source>
        <translation>Aucun nom ni e-mail de contact ne contient « %1 »</translation>
    </message>
    <message>
        <source>No lead's name contains “%1”</source>
        <translation>Aucun nom de prospect ne contient « %1 »</translation>
    </message>
    <message>
        <source>Loading companies…</source>
        <translation>Chargement des entreprises…</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Chargement des contacts…</translation>
    </message>
    <message>
        <source>Loading leads…</source>
        <translation>Chargement des prospects…</translation>
    </message>
    <message>
        <source>Loading all %2 companies to sort them: %1 so far…</source>
        <translation>Chargement des %2 entreprises pour les trier : %1 pour l'instant…</translation>
    </message>
    <message>
        <source>Loading all %2 contacts to sort them: %1 so far…</source>
        <translation>Chargement des %2 contacts pour les trier : %1 pour l'instant…</translation>
    </message>
    <message>
        <source>Loading all %2 leads to sort them: %1 so far…</source>
        <translation>Chargement des %2 prospects pour les trier : %1 pour l'instant…</translation>
    </message>
    <message>
        <source>Could not load companies: %1. Press F5 to try again.</source>
        <translation>Impossible de charger les entreprises : %1. Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>Could not load contacts: %1. Press F5 to try again.</source>
        <translation>Impossible de charger les contacts : %1. Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>Could not load leads: %1. Press F5 to try again.</source>
        <translation>Impossible de charger les prospects : %1. Appuyez sur F5 pour réessayer.</translation>
    </message>
</context>
<context>
    <name>RecordBrowserModel</name>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (source : %2)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Company or contact</source>
        <translation>Entreprise ou contact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Trading name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur d'activité</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Sorted among the %1 loaded: the rest could not be loaded</source>
        <translation>Trié parmi les %1 chargés : le reste n'a pas pu être chargé</translation>
    </message>
    <message>
        <source>Sorted among the %1 loaded; narrow the search to sort all</source>
        <translation>Trié parmi les %1 chargés ; affinez la recherche pour tout trier</translation>
    </message>
    <message>
        <source>Showing the first %1; narrow the search to see the others.</source>
        <translation>Les %1 premiers sont affichés ; affinez la recherche pour voir les autres.</translation>
    </message>
    <message>
        <source>The platform sent records already shown instead of the next ones; the list ends here.</source>
        <translation>La plateforme a renvoyé des enregistrements déjà affichés au lieu des suivants ; la liste s’arrête ici.</translation>
    </message>
    <message>
        <source>Showing the first %1: the platform's answers passed %2 MB; narrow the search to see the others.</source>
        <translation>Les %1 premiers sont affichés : les réponses de la plateforme dépassaient %2 Mo ; affinez la recherche pour voir les autres.</translation>
    </message>
</context>
<context>
    <name>RecordDirectory</name>
    <message>
        <source>Unknown record kind "%1"; expected contact or company.</source>
        <translation>Type de fiche inconnu « %1 » ; contact ou company attendu.</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON non valide : %1 à la position %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>n'est pas un objet JSON</translation>
    </message>
    <message>
        <source>No profile was given for the record directory.</source>
        <translation>Aucun profil n'a été indiqué pour le répertoire des fiches.</translation>
    </message>
    <message>
        <source>Record %1 of the %2 records to remember has no usable id; none were stored.</source>
        <translation>La fiche %1 des %2 fiches à mémoriser n'a pas d'identifiant utilisable ; aucune n'a été enregistrée.</translation>
    </message>
    <message>
        <source>Cannot cache the %1 records of profile %2: %3</source>
        <translation>Impossible de mettre en cache les fiches (%1) du profil %2 : %3</translation>
    </message>
    <message>
        <source>The search limit must be at least 1 (it was %1).</source>
        <translation>La limite de recherche doit être d'au moins 1 (elle était de %1).</translation>
    </message>
    <message>
        <source>Cannot search the cached %1 records: %2</source>
        <translation>Impossible de rechercher dans les fiches en cache (%1) : %2</translation>
    </message>
    <message>
        <source>The cached %1 %2 of profile %3 is damaged (%4).</source>
        <translation>La fiche en cache %1 %2 du profil %3 est endommagée (%4).</translation>
    </message>
    <message>
        <source>Cannot read the cached %1 %2: %3</source>
        <translation>Impossible de lire la fiche en cache %1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>RecordFetch</name>
    <message>
        <source>The platform has no %1 %2 (any more).</source>
        <translation>%1 %2 n'existe pas (ou plus) sur la plateforme.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Check and send (Ctrl+Enter)</source>
        <translation>Vérifier et envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show all fields</source>
        <translation>Afficher tous les champs</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>prospect</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %n thing(s) to fix first. They are listed below and marked at their fields (F8 goes to the next one).</source>
        <translation>
            <numerusform>Pas encore envoyé : %n point à corriger d'abord. Il est listé ci-dessous et signalé à son champ (F8 passe au suivant).</numerusform>
            <numerusform>Pas encore envoyé : %n points à corriger d'abord. Ils sont listés ci-dessous et signalés à leurs champs (F8 passe au suivant).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed, so nothing was sent.</source>
        <translation>Rien n'a changé, rien n'a donc été envoyé.</translation>
    </message>
    <message>
        <source>Checking whether someone else changed this %1 since you opened it…</source>
        <translation>Vérification qu'aucune autre personne n'a modifié cette fiche (%1) depuis son ouverture…</translation>
    </message>
    <message>
        <source>Could not check whether someone else changed this %1: %2</source>
        <translation>Impossible de vérifier si une autre personne a modifié cette fiche (%1) : %2</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still here.</source>
        <translation>Non enregistré. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>The record could not be kept for sending: %1 It is still here.</source>
        <translation>La fiche n'a pas pu être conservée pour l'envoi : %1 Elle est toujours là.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>%1 %2 created.</source>
        <translation>Création réussie : %1 %2.</translation>
    </message>
    <message>
        <source>%1 %2 updated.</source>
        <translation>Mise à jour réussie : %1 %2.</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copier l'identifiant</translation>
    </message>
    <message>
        <source>The platform did not accept this %1: %2 Nothing was saved there; fix the marked fields and submit again.</source>
        <translation>La plateforme n'a pas accepté cette fiche (%1) : %2 Rien n'y a été enregistré ; corrigez les champs signalés et envoyez à nouveau.</translation>
    </message>
    <message>
        <source>%1 The %2 is kept in the outbox and is sent by itself when the platform answers; it is never sent twice.</source>
        <translation>%1 La fiche (%2) reste dans la boîte d'envoi et part d'elle-même dès que la plateforme répond ; elle n'est jamais envoyée deux fois.</translation>
    </message>
    <message>
        <source>Edit lead %1</source>
        <translation>Modifier le prospect %1</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>Modifier l'entreprise %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Modifier le contact %1</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nouveau prospect</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>The draft is saved again.</source>
        <translation>Le brouillon est de nouveau enregistré.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1 What you typed is still here, but it is not kept on this computer until a save succeeds.</source>
        <translation>L'enregistrement automatique a échoué : %1 Votre saisie est toujours là, mais elle n'est pas conservée sur cet ordinateur tant qu'un enregistrement n'a pas réussi.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation>Enregistrer dans un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Check and save the changes (Ctrl+Enter)</source>
        <translation>Vérifier et enregistrer les modifications (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>“%1” went out from the outbox: it is %2 %3 on the platform now.</source>
        <translation>« %1 » est parti de la boîte d’envoi : c’est maintenant %2 %3 sur la plateforme.</translation>
    </message>
    <message>
        <source>The platform did not accept “%1”: %2 It waits in the outbox panel for a fix.</source>
        <translation>La plateforme n’a pas accepté « %1 » : %2 Il attend une correction dans le panneau de la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <source>The platform asks for custom fields this profile does not know (%1). Import the lead schema your admin exported, then send again.</source>
        <translation>La plateforme demande des champs personnalisés que ce profil ne connaît pas (%1). Importez le schéma des prospects exporté par votre administrateur, puis renvoyez.</translation>
    </message>
</context>
<context>
    <name>RecordPickerEditor</name>
    <message>
        <source>Type a business name to search</source>
        <translation>Saisissez une raison sociale pour chercher</translation>
    </message>
    <message>
        <source>Type a name or email to search</source>
        <translation>Saisissez un nom ou un e-mail pour chercher</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Leave this empty</source>
        <translation>Laisser vide</translation>
    </message>
    <message>
        <source>Clear the chosen record</source>
        <translation>Retirer la fiche choisie</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <source>Could not ask the platform; showing records seen before (%1).</source>
        <translation>Impossible d'interroger la plateforme ; affichage des fiches déjà vues (%1).</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>cannot be emptied</source>
        <translation>ne peut pas être vidé</translation>
    </message>
    <message>
        <source>%1 has no subtypes</source>
        <translation>%1 n'a pas de sous-types</translation>
    </message>
    <message>
        <source>subtype %1 is not a subtype of %2</source>
        <translation>le sous-type %1 n'est pas un sous-type de %2</translation>
    </message>
    <message>
        <source>reason %1 is not a reason of stage %2</source>
        <translation>le motif %1 n'est pas un motif de l'étape %2</translation>
    </message>
    <message>
        <source>a new company has no contacts yet; create the contact too</source>
        <translation>une nouvelle entreprise n'a pas encore de contacts ; créez aussi le contact</translation>
    </message>
    <message>
        <source>must be a list of {"groupId": number}</source>
        <translation>doit être une liste de {"groupId": nombre}</translation>
    </message>
    <message>
        <source>must be a list of links, each with a ref</source>
        <translation>doit être une liste de liens, chacun avec un ref</translation>
    </message>
    <message>
        <source>at most 3 external links</source>
        <translation>au plus 3 liens externes</translation>
    </message>
    <message>
        <source>must be a contact object</source>
        <translation>doit être un objet contact</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>contact %1</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>entreprise %1</translation>
    </message>
    <message>
        <source>%1 is not a contact of %2; pick one of its contacts</source>
        <translation>%1 n’est pas un contact de %2 ; choisissez l’un de ses contacts</translation>
    </message>
</context>
<context>
    <name>RequestInspector</name>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>String that was signed</source>
        <translation>Chaîne signée</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en &amp;curl</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Request inspector</source>
        <translation>Inspecteur de requêtes</translation>
    </message>
    <message>
        <source>Recent platform calls</source>
        <translation>Appels récents à la plateforme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>LeadDesk signs this string with HMAC-SHA1 and the API secret. Neither the secret nor the signature is shown here.</source>
        <translation>LeadDesk signe cette chaîne avec HMAC-SHA1 et le secret d'API. Ni le secret ni la signature ne sont affichés ici.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Signed string</source>
        <translation>Chaîne signée</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command</source>
        <translation>Copier l'appel sélectionné en commande curl</translation>
    </message>
    <message>
        <source>Copies a curl command for the selected call, with $IVVY_API_KEY and $SIGNATURE in place of the key and the signature</source>
        <translation>Copie une commande curl pour l'appel sélectionné, avec $IVVY_API_KEY et $SIGNATURE à la place de la clé et de la signature</translation>
    </message>
    <message>
        <source>Clear the list of calls</source>
        <translation>Effacer la liste des appels</translation>
    </message>
    <message>
        <source>Select a call above to see what was sent and received.</source>
        <translation>Sélectionnez un appel ci-dessus pour voir ce qui a été envoyé et reçu.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Pas de réponse : %1</translation>
    </message>
    <message>
        <source>Cut: the first %1 of %2 bytes.</source>
        <translation>Tronqué : les %1 premiers octets sur %2.</translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation>Statut : %1 — %2</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms, attempt %2</source>
        <translation>Durée : %1 ms, tentative %2</translation>
    </message>
</context>
<context>
    <name>ResponseMapper</name>
    <message>
        <source>The platform's answer was larger than %1 MB; it was not read.</source>
        <translation>La réponse de la plateforme dépassait %1 Mo ; elle n'a pas été lue.</translation>
    </message>
    <message>
        <source>The platform at %1 did not answer in time.</source>
        <translation>La plateforme à l'adresse %1 n'a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The platform's answer from %1 was cut off: %2</source>
        <translation>La réponse de la plateforme depuis %1 a été interrompue : %2</translation>
    </message>
    <message>
        <source>Could not reach the platform at %1: connection refused.</source>
        <translation>Impossible de joindre la plateforme à l'adresse %1 : connexion refusée.</translation>
    </message>
    <message>
        <source>Could not reach the platform: host %1 not found.</source>
        <translation>Impossible de joindre la plateforme : hôte %1 introuvable.</translation>
    </message>
    <message>
        <source>The platform at %1 closed the connection before answering.</source>
        <translation>La plateforme à l'adresse %1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped after the request was sent.</source>
        <translation>La connexion à %1 a été coupée après l'envoi de la requête.</translation>
    </message>
    <message>
        <source>Could not reach the platform at %1: %2</source>
        <translation>Impossible de joindre la plateforme à l'adresse %1 : %2</translation>
    </message>
    <message>
        <source>The platform sent an empty answer.</source>
        <translation>La plateforme a envoyé une réponse vide.</translation>
    </message>
    <message>
        <source>The platform's answer is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse de la plateforme n'est pas du JSON valide (%1 à l'octet %2).</translation>
    </message>
    <message>
        <source>The platform at %1 did not finish answering within %2 s; the call was stopped.</source>
        <translation>La plateforme à %1 n’a pas fini de répondre en %2 s ; l’appel a été arrêté.</translation>
    </message>
    <message>
        <source>The platform at %1 sent the request elsewhere (HTTP %2 redirect); LeadDesk does not follow redirects: check the platform address.</source>
        <translation>La plateforme à %1 a renvoyé la requête ailleurs (redirection HTTP %2) ; LeadDesk ne suit pas les redirections : vérifiez l’adresse de la plateforme.</translation>
    </message>
    <message>
        <source>The platform at %1 sent the request to %2 (HTTP %3 redirect); LeadDesk does not follow redirects: check the platform address.</source>
        <translation>La plateforme à %1 a renvoyé la requête vers %2 (redirection HTTP %3) ; LeadDesk ne suit pas les redirections : vérifiez l’adresse de la plateforme.</translation>
    </message>
    <message>
        <source>The platform at %1 sent something that is not an HTTP answer: %2</source>
        <translation>La plateforme à %1 a envoyé quelque chose qui n’est pas une réponse HTTP : %2</translation>
    </message>
    <message>
        <source>The platform's answer was not read: %1.</source>
        <translation>La réponse de la plateforme n’a pas été lue : %1.</translation>
    </message>
    <message>
        <source>The platform's batch result for this record is not an answer.</source>
        <translation>Le résultat du lot renvoyé par la plateforme pour cet enregistrement n'est pas une réponse valide.</translation>
    </message>
</context>
<context>
    <name>SchemaCommand</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>lead schema: %n custom field(s) imported</source>
        <translation>
            <numerusform>schéma des prospects : %n champ personnalisé importé</numerusform>
            <numerusform>schéma des prospects : %n champs personnalisés importés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Ajouter un champ</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Retirer le champ</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>lead-schema.json</source>
        <translation>lead-schema.json</translation>
    </message>
    <message>
        <source>Lead custom fields</source>
        <translation>Champs personnalisés des prospects</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Retirer le champ</translation>
    </message>
    <message>
        <source>Replace the table with the fields of a lead schema file.</source>
        <translation>Remplacer le tableau par les champs d'un fichier de schéma des prospects.</translation>
    </message>
    <message>
        <source>Write the table to a file to hand to your reps.</source>
        <translation>Écrire le tableau dans un fichier à remettre à vos commerciaux.</translation>
    </message>
    <message>
        <source>Problem with the lead schema</source>
        <translation>Problème dans le schéma des prospects</translation>
    </message>
    <message>
        <source>Values of the selected field</source>
        <translation>Valeurs du champ sélectionné</translation>
    </message>
    <message>
        <source>One value per line: key = label</source>
        <translation>Une valeur par ligne : clé = libellé</translation>
    </message>
    <message>
        <source>One value per line, for example:
red = Red
blue = Blue</source>
        <translation>Une valeur par ligne, par exemple :
rouge = Rouge
bleu = Bleu</translation>
    </message>
    <message>
        <source>Lead custom &amp;fields:</source>
        <translation>&amp;Champs personnalisés des prospects :</translation>
    </message>
    <message>
        <source>Not imported; the table is unchanged. %1</source>
        <translation>Non importé ; le tableau est inchangé. %1</translation>
    </message>
    <message>
        <source>Import lead schema</source>
        <translation>Importer un schéma des prospects</translation>
    </message>
    <message numerus="yes">
        <source>The table has changes that are not saved. Replace them with the %n field(s) of %1?</source>
        <translation>
            <numerusform>Le tableau comporte des modifications non enregistrées. Les remplacer par le contenu de %1 (%n champ) ?</numerusform>
            <numerusform>Le tableau comporte des modifications non enregistrées. Les remplacer par le contenu de %1 (%n champs) ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n field(s) from %1. They are saved when you choose OK or Apply.</source>
        <translation>
            <numerusform>%n champ importé depuis %1. Il sera enregistré quand vous choisirez OK ou Appliquer.</numerusform>
            <numerusform>%n champs importés depuis %1. Ils seront enregistrés quand vous choisirez OK ou Appliquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: reps could not import the table as it is. %1</source>
        <translation>Non exporté : les commerciaux ne pourraient pas importer le tableau tel quel. %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n field(s) to %1.</source>
        <translation>
            <numerusform>%n champ exporté vers %1.</numerusform>
            <numerusform>%n champs exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export lead schema</source>
        <translation>Exporter le schéma des prospects</translation>
    </message>
    <message>
        <source>Remove the field with id %1 from the lead schema?</source>
        <translation>Retirer le champ d'identifiant %1 du schéma des prospects ?</translation>
    </message>
    <message>
        <source>Remove the field '%1' (id %2) from the lead schema?</source>
        <translation>Retirer le champ « %1 » (identifiant %2) du schéma des prospects ?</translation>
    </message>
    <message>
        <source>Forms stop showing it once the schema is saved.</source>
        <translation>Les formulaires ne l'afficheront plus une fois le schéma enregistré.</translation>
    </message>
    <message>
        <source>Cannot be saved yet: %1</source>
        <translation>Enregistrement impossible pour l'instant : %1</translation>
    </message>
    <message>
        <source>&amp;Values of the selected field (one per line: key = label):</source>
        <translation>&amp;Valeurs du champ sélectionné (une par ligne : clé = libellé) :</translation>
    </message>
    <message>
        <source>&amp;Values of '%1' (one per line: key = label):</source>
        <translation>&amp;Valeurs de « %1 » (une par ligne : clé = libellé) :</translation>
    </message>
    <message>
        <source>&amp;Values (only Single, Multiple and Large Select fields have values):</source>
        <translation>&amp;Valeurs (seuls les champs à choix unique, multiple ou en grande liste ont des valeurs) :</translation>
    </message>
</context>
<context>
    <name>SchemaTableModel</name>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive, hidden in forms</source>
        <translation>inactif, masqué dans les formulaires</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>aucune valeur</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the values in the box below the table.</source>
        <translation>Modifiez les valeurs dans la zone sous le tableau.</translation>
    </message>
    <message>
        <source>Only select fields have values.</source>
        <translation>Seuls les champs à choix ont des valeurs.</translation>
    </message>
    <message>
        <source>Field id</source>
        <translation>Identifiant du champ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>The field's id on the platform (a positive whole number, unique).</source>
        <translation>L'identifiant du champ sur la plateforme (un nombre entier positif, unique).</translation>
    </message>
    <message>
        <source>Inactive fields are hidden in forms.</source>
        <translation>Les champs inactifs sont masqués dans les formulaires.</translation>
    </message>
    <message>
        <source>Forms show the fields in this order, lowest first.</source>
        <translation>Les formulaires affichent les champs dans cet ordre, du plus petit au plus grand.</translation>
    </message>
    <message>
        <source>Single, Multiple and Large Select fields offer these values.</source>
        <translation>Les champs à choix unique, multiple ou en grande liste proposent ces valeurs.</translation>
    </message>
    <message>
        <source>The table, entry %1 (fieldId %2, '%3'): %4</source>
        <translation>Le tableau, entrée %1 (fieldId %2, « %3 ») : %4</translation>
    </message>
    <message>
        <source>the select value '%1' has no key</source>
        <translation>la valeur de choix « %1 » n'a pas de clé</translation>
    </message>
    <message>
        <source>the select value key '%1' appears twice</source>
        <translation>la clé de valeur de choix « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>The table</source>
        <translation>Le tableau</translation>
    </message>
</context>
<context>
    <name>SecretStoreProbe</name>
    <message>
        <source>The system keychain cannot be used (%1 refused access%2).</source>
        <translation>Le trousseau du système ne peut pas être utilisé (accès refusé par %1%2).</translation>
    </message>
    <message>
        <source>No system keychain is available (%1 did not answer: %2).</source>
        <translation>Aucun trousseau système n'est disponible (pas de réponse de %1 : %2).</translation>
    </message>
    <message numerus="yes">
        <source>No system keychain is available (%1 did not answer within %n second(s)).</source>
        <translation>
            <numerusform>Aucun trousseau système n'est disponible (pas de réponse de %1 en %n seconde).</numerusform>
            <numerusform>Aucun trousseau système n'est disponible (pas de réponse de %1 en %n secondes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendVerdict</name>
    <message>
        <source>The platform says this computer's clock is wrong: %1</source>
        <translation>Selon la plateforme, l'horloge de cet ordinateur est fausse : %1</translation>
    </message>
    <message>
        <source>The platform refused the API key or secret: %1</source>
        <translation>La plateforme a refusé la clé ou le secret d'API : %1</translation>
    </message>
</context>
<context>
    <name>SentHistoryModel</name>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>prospect</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1 (correction)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
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
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Filter by title or platform id…</source>
        <translation>Filtrer par titre ou identifiant sur la plateforme…</translation>
    </message>
    <message>
        <source>Filter the sent history</source>
        <translation>Filtrer l'historique des envois</translation>
    </message>
    <message>
        <source>Open the record to correct it (Enter)</source>
        <translation>Ouvrir la fiche pour la corriger (Entrée)</translation>
    </message>
    <message>
        <source>Sent history</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <source>%1 %2 could not be opened: %3</source>
        <translation>La fiche %1 %2 n'a pas pu être ouverte : %3</translation>
    </message>
    <message>
        <source>Reading %1 %2 from the platform…</source>
        <translation>Lecture de la fiche %1 %2 depuis la plateforme…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent from this profile in the last %n day(s).</source>
        <translation>
            <numerusform>Ce profil n'a rien envoyé depuis %n jour.</numerusform>
            <numerusform>Ce profil n'a rien envoyé au cours des %n derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent matches “%1”.</source>
        <translation>Aucun envoi ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent; sent items are kept for %n day(s) (Settings).</source>
        <translation>
            <numerusform>Envoyés : %1 ; les éléments envoyés sont conservés %n jour (Paramètres).</numerusform>
            <numerusform>Envoyés : %1 ; les éléments envoyés sont conservés %n jours (Paramètres).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentNotifier</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>%1 %2 “%3” was saved on the platform.</source>
        <translation>%1 %2 « %3 » a été enregistré sur la plateforme.</translation>
    </message>
    <message>
        <source>%1 %2 “%3” went out to the platform.</source>
        <translation>%1 %2 « %3 » a été envoyé à la plateforme.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) went out from the outbox to the platform.</source>
        <translation>
            <numerusform>%n enregistrement est parti de la boîte d’envoi vers la plateforme.</numerusform>
            <numerusform>%n enregistrements sont partis de la boîte d’envoi vers la plateforme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent from the outbox</source>
        <translation>Envoyé depuis la boîte d’envoi</translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>this session only</source>
        <translation>cette session uniquement</translation>
    </message>
    <message>
        <source>No secret is kept for this session under that name.</source>
        <translation>Aucun secret n'est conservé sous ce nom pour cette session.</translation>
    </message>
    <message>
        <source>The secret has no name to be kept under.</source>
        <translation>Le secret n'a pas de nom sous lequel être conservé.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>Lead &amp;schema</source>
        <translation>&amp;Schéma des prospects</translation>
    </message>
    <message>
        <source>Save the lead schema and keep the dialog open.</source>
        <translation>Enregistrer le schéma des prospects et garder la fenêtre ouverte.</translation>
    </message>
    <message>
        <source>P&amp;rofiles on this computer:</source>
        <translation>P&amp;rofils sur cet ordinateur :</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Adresse de la plateforme</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d'API</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>API secrets are kept in the system keychain, never in these settings.</source>
        <translation>Les secrets d'API sont conservés dans le trousseau du système, jamais dans ces paramètres.</translation>
    </message>
    <message>
        <source>built-in sandbox</source>
        <translation>bac à sable intégré</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>inutile</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation>Ce profil est déjà utilisé.</translation>
    </message>
    <message>
        <source>The built-in sandbox has nothing to edit.</source>
        <translation>Le bac à sable intégré n'a rien à modifier.</translation>
    </message>
    <message>
        <source>'%1' is the profile in use, so it cannot be removed. Switch to another profile first, then remove this one.</source>
        <translation>« %1 » est le profil utilisé et ne peut donc pas être supprimé. Passez d'abord à un autre profil, puis supprimez celui-ci.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile '%1'? Its API secret is removed from this computer too. The account on the platform is not changed.</source>
        <translation>Supprimer le profil « %1 » ? Son secret d'API est aussi supprimé de cet ordinateur. Le compte sur la plateforme n'est pas modifié.</translation>
    </message>
    <message>
        <source>The profile '%1' was removed.</source>
        <translation>Le profil « %1 » a été supprimé.</translation>
    </message>
    <message>
        <source>The platform cannot list lead custom fields, so LeadDesk keeps this list for the profile '%1'. Admins maintain it here and hand it to their reps with Export…; reps load it with Import….</source>
        <translation>La plateforme ne peut pas lister les champs personnalisés des prospects ; LeadDesk conserve donc cette liste pour le profil « %1 ». Les administrateurs la tiennent à jour ici et la remettent à leurs commerciaux avec « Exporter… » ; les commerciaux la chargent avec « Importer… ».</translation>
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
        <translation>Le schéma des prospects n'a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>The lead schema could not be saved: %1</source>
        <translation>Le schéma des prospects n'a pas pu être enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the lead schema (%n field(s)).</source>
        <translation>
            <numerusform>Schéma des prospects enregistré (%n champ).</numerusform>
            <numerusform>Schéma des prospects enregistré (%n champs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved lead schema</source>
        <translation>Schéma des prospects non enregistré</translation>
    </message>
    <message>
        <source>The lead schema has changes that are not saved. Save them before closing?</source>
        <translation>Le schéma des prospects comporte des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>LeadDesk uses the new language the next time it starts.</source>
        <translation>LeadDesk utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep the sent history for</source>
        <translation>Conserver l'historique des envois pendant</translation>
    </message>
    <message>
        <source>Keep the sent &amp;history for:</source>
        <translation>Conserver l'&amp;historique des envois pendant :</translation>
    </message>
    <message>
        <source>The lead schema cannot be edited: no profile is open.</source>
        <translation>Le schéma des prospects ne peut pas être modifié : aucun profil n'est ouvert.</translation>
    </message>
</context>
<context>
    <name>StaleEditCheck</name>
    <message>
        <source>The record no longer exists on the platform.</source>
        <translation>La fiche n'existe plus sur la plateforme.</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par une autre personne</translation>
    </message>
    <message>
        <source>Since you opened this record, someone changed it on the platform. Their changes are below. Where you changed the same field, choose which value to keep; fields only they changed keep their new value.</source>
        <translation>Depuis que vous avez ouvert cette fiche, quelqu'un l'a modifiée sur la plateforme. Ses modifications figurent ci-dessous. Là où vous avez modifié le même champ, choisissez la valeur à garder ; les champs modifiés uniquement par l'autre personne gardent leur nouvelle valeur.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>À l'ouverture</translation>
    </message>
    <message>
        <source>Now on the platform</source>
        <translation>Actuellement sur la plateforme</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Votre modification</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Keep my value for %1</source>
        <translation>Garder ma valeur pour %1</translation>
    </message>
    <message>
        <source>Keep their value for %1</source>
        <translation>Garder la valeur de l'autre personne pour %1</translation>
    </message>
    <message>
        <source>(not changed by you)</source>
        <translation>(non modifié par vous)</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>&amp;Enregistrer avec ces choix</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>Another profile is now in use; it waits in its own profile's outbox.</source>
        <translation>Un autre profil est maintenant utilisé ; l'élément attend dans la boîte d'envoi de son propre profil.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n'est ouvert.</translation>
    </message>
    <message>
        <source>LeadDesk is not connected yet.</source>
        <translation>LeadDesk n'est pas encore connecté.</translation>
    </message>
    <message>
        <source>The platform is slow to answer.</source>
        <translation>La plateforme tarde à répondre.</translation>
    </message>
    <message>
        <source>It was deleted from the outbox.</source>
        <translation>L'élément a été supprimé de la boîte d'envoi.</translation>
    </message>
    <message>
        <source>%1 is sending this profile's outbox; it goes out from there.</source>
        <translation>La boîte d'envoi de ce profil est envoyée par %1 ; l'élément part de là.</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>%1 It is queued as item %2 and goes out with 'leaddesk-cli outbox flush' or when LeadDesk runs.</source>
        <translation>%1 La fiche attend en tant qu'élément %2 et partira avec « leaddesk-cli outbox flush » ou quand LeadDesk sera lancé.</translation>
    </message>
    <message>
        <source>The body changes nothing; nothing was sent.</source>
        <translation>Le corps de requête ne change rien ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>nothing was sent: the record may exist already (see above); give --allow-duplicate to create it anyway.</source>
        <translation>rien n’a été envoyé : l’enregistrement existe peut-être déjà (voir ci-dessus) ; ajoutez --allow-duplicate pour le créer quand même.</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls) or a password-protected one; save it as .xlsx without a password, or as CSV.</source>
        <translation>%1 est un ancien classeur Excel (.xls) ou un classeur protégé par mot de passe ; enregistrez-le en .xlsx sans mot de passe, ou en CSV.</translation>
    </message>
</context>
<context>
    <name>TerminalText</name>
    <message numerus="yes">
        <source>… (%n more character(s))</source>
        <translation>
            <numerusform>… (%n caractère de plus)</numerusform>
            <numerusform>… (%n caractères de plus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnavailableSecretStore</name>
    <message>
        <source>No place to keep secrets is available.</source>
        <translation>Aucun emplacement n'est disponible pour conserver les secrets.</translation>
    </message>
    <message>
        <source>nowhere (no keychain)</source>
        <translation>nulle part (aucun trousseau)</translation>
    </message>
</context>
<context>
    <name>UncertainMatch</name>
    <message numerus="yes">
        <source>%n record(s) on the platform could be this one (%1); LeadDesk does not guess: say which one it is, or that it is none of them.</source>
        <translation>
            <numerusform>%n fiche sur la plateforme pourrait être celle-ci (%1) ; LeadDesk ne devine pas : indiquez si c'est bien elle ou non.</numerusform>
            <numerusform>%n fiches sur la plateforme pourraient être celle-ci (%1) ; LeadDesk ne devine pas : indiquez laquelle c'est, ou qu'il ne s'agit d'aucune d'elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the platform yet, but it may still arrive; LeadDesk looks again before it sends it again.</source>
        <translation>Pas encore sur la plateforme, mais peut encore arriver ; LeadDesk vérifie à nouveau avant de le renvoyer.</translation>
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
        <translation>avertissement : ce profil n’a pas de schéma de lead, les champs personnalisés de lead partent donc sans vérification vers la plateforme (importez-en un avec 'leaddesk-cli schema import lead FILE').</translation>
    </message>
    <message>
        <source>warning: could not look for duplicates on the platform: %1</source>
        <translation>avertissement : impossible de chercher les doublons sur la plateforme : %1</translation>
    </message>
</context>
<context>
    <name>ValueChecks</name>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>%1 is not a valid email address</source>
        <translation>%1 n'est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is not a valid id</source>
        <translation>%1 n'est pas un identifiant valide</translation>
    </message>
    <message>
        <source>%1 is not a date as yyyy-mm-dd</source>
        <translation>%1 n'est pas une date au format aaaa-mm-jj</translation>
    </message>
    <message>
        <source>%1 is not a real date</source>
        <translation>%1 n'est pas une date réelle</translation>
    </message>
    <message>
        <source>must be one of the choices</source>
        <translation>doit faire partie des choix</translation>
    </message>
    <message>
        <source>%1 is not one of the choices</source>
        <translation>%1 ne fait pas partie des choix</translation>
    </message>
    <message>
        <source>must be a list of choices</source>
        <translation>doit être une liste de choix</translation>
    </message>
    <message>
        <source>%1 is chosen twice</source>
        <translation>%1 est choisi deux fois</translation>
    </message>
    <message>
        <source>must be an address with line1 … countryCode</source>
        <translation>doit être une adresse avec line1 … countryCode</translation>
    </message>
    <message>
        <source>'%1' is not part of an address</source>
        <translation>« %1 » ne fait pas partie d'une adresse</translation>
    </message>
    <message>
        <source>the address %1 must be text</source>
        <translation>l'élément d'adresse %1 doit être du texte</translation>
    </message>
    <message>
        <source>'%1' is not a country code</source>
        <translation>« %1 » n'est pas un code de pays</translation>
    </message>
    <message>
        <source>a state code needs a country code</source>
        <translation>un code de région nécessite un code de pays</translation>
    </message>
    <message>
        <source>'%1' is not a state of %2</source>
        <translation>« %1 » n'est pas une région de %2</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>doit valoir oui ou non</translation>
    </message>
    <message>
        <source>must be contact or company</source>
        <translation>doit valoir contact ou company</translation>
    </message>
    <message>
        <source>%1 is too large: at most 15 digits</source>
        <translation>%1 est trop grand : 15 chiffres au plus</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to LeadDesk</source>
        <translation>Bienvenue dans LeadDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LeadDesk&lt;/h2&gt;&lt;p&gt;Enter leads for iVvy faster than in the web forms, with every rule checked as you type, and keep working when the connection drops.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans LeadDesk&lt;/h2&gt;&lt;p&gt;Saisissez vos prospects pour iVvy plus vite que dans les formulaires web, avec chaque règle vérifiée pendant la frappe, et continuez à travailler quand la connexion tombe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to iVvy</source>
        <translation>Se connecter à iVvy</translation>
    </message>
    <message>
        <source>Use your account's API key and secret.</source>
        <translation>Utilisez la clé et le secret d'API de votre compte.</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <source>A built-in practice platform with sample data. Nothing leaves this computer.</source>
        <translation>Une plateforme d'entraînement intégrée avec des données d'exemple. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>iVvy</source>
        <translation>iVvy</translation>
    </message>
    <message>
        <source>Australia (api.ap-southeast-2.ivvy.com)</source>
        <translation>Australie (api.ap-southeast-2.ivvy.com)</translation>
    </message>
    <message>
        <source>United States (api.us-west-2.ivvy.com)</source>
        <translation>États-Unis (api.us-west-2.ivvy.com)</translation>
    </message>
    <message>
        <source>United Kingdom (api.eu-west-2.ivvy.com)</source>
        <translation>Royaume-Uni (api.eu-west-2.ivvy.com)</translation>
    </message>
    <message>
        <source>Another address…</source>
        <translation>Autre adresse…</translation>
    </message>
    <message>
        <source>Profile &amp;name</source>
        <translation>&amp;Nom du profil</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>Clé d'&amp;API</translation>
    </message>
    <message>
        <source>API &amp;secret</source>
        <translation>&amp;Secret d'API</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Conserver le secret pour cette session uniquement</translation>
    </message>
    <message>
        <source>The secret is kept in %1, never in a file.</source>
        <translation>Le secret est conservé ici : %1, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>No system keychain is available: %1 LeadDesk never writes the secret to a file, so it can only keep it for this session; you will be asked for it again next time.</source>
        <translation>Aucun trousseau système n'est disponible : %1 LeadDesk n'écrit jamais le secret dans un fichier et ne peut donc le conserver que pour cette session ; il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d'API.</translation>
    </message>
    <message>
        <source>Enter the API secret.</source>
        <translation>Saisissez le secret d'API.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Tick "Keep the secret for this session only" to go on without a keychain.</source>
        <translation>Cochez « Conserver le secret pour cette session uniquement » pour continuer sans trousseau.</translation>
    </message>
    <message>
        <source>Saving the secret in %1…</source>
        <translation>Enregistrement du secret : %1…</translation>
    </message>
    <message>
        <source>The secret could not be saved: %1 Tick "Keep the secret for this session only" to go on.</source>
        <translation>Le secret n'a pas pu être enregistré : %1 Cochez « Conserver le secret pour cette session uniquement » pour continuer.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The store is not open.</source>
        <translation>Le stockage n'est pas ouvert.</translation>
    </message>
    <message>
        <source>The lead schema cannot be edited: the local store is not open.</source>
        <translation>Le schéma des prospects ne peut pas être modifié : le stockage local n'est pas ouvert.</translation>
    </message>
    <message>
        <source>The saved lead schema could not be read: %1</source>
        <translation>Le schéma des prospects enregistré n'a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>XlsxArchive</name>
    <message>
        <source>The Excel file is damaged: its zip archive cannot be opened.</source>
        <translation>Le fichier Excel est endommagé : son archive zip ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook: its archive holds more than %1 files.</source>
        <translation>Le fichier n'est pas un classeur Excel : son archive contient plus de %1 fichiers.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its list of contents cannot be read.</source>
        <translation>Le fichier Excel est endommagé : la liste de son contenu ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its part %1 cannot be unpacked.</source>
        <translation>Le fichier Excel est endommagé : sa partie %1 ne peut pas être décompressée.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: it lacks its part %1.</source>
        <translation>Le fichier Excel est endommagé : il lui manque la partie %1.</translation>
    </message>
    <message>
        <source>The workbook is too large: its part %1 unpacks to %2 MB, and LeadDesk reads at most %3 MB.</source>
        <translation>Le classeur est trop volumineux : sa partie %1 fait %2 Mo une fois décompressée, et LeadDesk lit au plus %3 Mo.</translation>
    </message>
    <message>
        <source>The file is not a real workbook: its part %1 unpacks from %2 MB to %3 MB, as files made to exhaust memory do.</source>
        <translation>Le fichier n'est pas un vrai classeur : sa partie %1 passe de %2 Mo à %3 Mo une fois décompressée, comme les fichiers conçus pour épuiser la mémoire.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its part %1 cannot be found.</source>
        <translation>Le fichier Excel est endommagé : sa partie %1 est introuvable.</translation>
    </message>
    <message>
        <source>The Excel file is damaged or encrypted: its part %1 cannot be opened.</source>
        <translation>Le fichier Excel est endommagé ou chiffré : sa partie %1 ne peut pas être ouverte.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is a zip archive but not an Excel workbook: it has no %1.</source>
        <translation>Le fichier est une archive zip mais pas un classeur Excel : %1 y manque.</translation>
    </message>
    <message>
        <source>The workbook has no sheet "%1"; its sheets are: %2.</source>
        <translation>Le classeur n'a pas de feuille « %1 » ; ses feuilles sont : %2.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its styles cannot be read.</source>
        <translation>Le fichier Excel est endommagé : ses styles ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>The sheet "%1" has no header row: it is empty.</source>
        <translation>La feuille « %1 » n'a pas de ligne d'en-tête : elle est vide.</translation>
    </message>
    <message>
        <source>The workbook's texts are too large to read: more than %1 MB.</source>
        <translation>Les textes du classeur sont trop volumineux pour être lus : plus de %1 Mo.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its shared texts cannot be unpacked.</source>
        <translation>Le fichier Excel est endommagé : ses textes partagés ne peuvent pas être décompressés.</translation>
    </message>
    <message>
        <source>The sheet "%1" is too large: it unpacks to more than %2 MB.</source>
        <translation>La feuille « %1 » est trop volumineuse : elle dépasse %2 Mo une fois décompressée.</translation>
    </message>
    <message>
        <source>The sheet "%1" is damaged: near row %2 a value is longer than %3 MB.</source>
        <translation>La feuille « %1 » est endommagée : vers la ligne %2, une valeur dépasse %3 Mo.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: the sheet "%1" cannot be unpacked after row %2.</source>
        <translation>Le fichier Excel est endommagé : la feuille « %1 » ne peut pas être décompressée après la ligne %2.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: the sheet "%1" is not valid XML after row %2 (%3).</source>
        <translation>Le fichier Excel est endommagé : la feuille « %1 » n'est pas du XML valide après la ligne %2 (%3).</translation>
    </message>
</context>
<context>
    <name>XlsxSharedStrings</name>
    <message>
        <source>The workbook holds more than %1 MB of text; LeadDesk reads up to %1 MB.</source>
        <translation>Le classeur contient plus de %1 Mo de texte ; LeadDesk en lit au plus %1 Mo.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 different texts; LeadDesk reads up to %1.</source>
        <translation>Le classeur contient plus de %1 textes différents ; LeadDesk en lit au plus %1.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its shared texts cannot be read (%1).</source>
        <translation>Le fichier Excel est endommagé : ses textes partagés ne peuvent pas être lus (%1).</translation>
    </message>
</context>
<context>
    <name>XlsxSheetParser</name>
    <message>
        <source>The sheet is damaged: it names row %1, and sheets have rows 1 to %2.</source>
        <translation>La feuille est endommagée : elle cite la ligne %1, alors que les feuilles ont les lignes 1 à %2.</translation>
    </message>
    <message>
        <source>The sheet is damaged: row %1 has a cell outside the %2 columns a sheet has.</source>
        <translation>La feuille est endommagée : la ligne %1 a une cellule hors des %2 colonnes d'une feuille.</translation>
    </message>
    <message>
        <source>The sheet is damaged: row %1 names shared text %2 of %3.</source>
        <translation>La feuille est endommagée : la ligne %1 renvoie au texte partagé %2 sur %3.</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The Excel file is damaged: the list of its sheets cannot be read.</source>
        <translation>Le fichier Excel est endommagé : la liste de ses feuilles ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The Excel file is damaged: its workbook part is not valid XML (%1).</source>
        <translation>Le fichier Excel est endommagé : sa partie classeur n'est pas du XML valide (%1).</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Le classeur n'a aucune feuille de calcul.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try 'leaddesk-cli --help'.</source>
        <translation>Essayez « leaddesk-cli --help ».</translation>
    </message>
    <message>
        <source>Lead entry for iVvy.</source>
        <translation>Saisie de prospects pour iVvy.</translation>
    </message>
    <message>
        <source>Use the built-in sandbox.</source>
        <translation>Utiliser le bac à sable intégré.</translation>
    </message>
    <message>
        <source>Keep data in DIR.</source>
        <translation>Conserver les données dans DIR.</translation>
    </message>
    <message>
        <source>Quit once the main window is idle (start-up benchmark).</source>
        <translation>Quitter dès que la fenêtre principale est prête (mesure du démarrage).</translation>
    </message>
    <message numerus="yes">
        <source>the command did not finish within %n second(s) and was stopped (LEADDESK_COMMAND_TIMEOUT); anything queued stays in the outbox.</source>
        <translation>
            <numerusform>la commande ne s’est pas terminée en %n seconde et a été arrêtée (LEADDESK_COMMAND_TIMEOUT) ; tout ce qui attend reste dans la boîte d’envoi.</numerusform>
            <numerusform>la commande ne s’est pas terminée en %n secondes et a été arrêtée (LEADDESK_COMMAND_TIMEOUT) ; tout ce qui attend reste dans la boîte d’envoi.</numerusform>
        </translation>
    </message>
</context>
</TS>