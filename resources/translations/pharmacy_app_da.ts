<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
    <context>
        <name>AcceptProposalDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/accept_proposal_dialog.py" line="34" />
            <source>Accept proposal</source>
            <translation>Godkend forslag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/accept_proposal_dialog.py" line="41" />
            <source>Batch %1 · use-by %2</source>
            <translation>Batch %1 · anvendes senest %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/accept_proposal_dialog.py" line="42" />
            <source>From %1 to %2</source>
            <translation>Fra %1 til %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/accept_proposal_dialog.py" line="59" />
            <source>&amp;Doses to move</source>
            <translation>&amp;Doser der flyttes</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/accept_proposal_dialog.py" line="64" />
            <source>&amp;Post transfer</source>
            <translation>&amp;Bogfør overførsel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/accept_proposal_dialog.py" line="64" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/accept_proposal_dialog.py" line="82" />
            <source>Saves up to %Ln dose(s) from expiring.</source>
            <translation>
                <numerusform>Redder op til %Ln dosis fra at udløbe.</numerusform>
                <numerusform>Redder op til %Ln doser fra at udløbe.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/accept_proposal_dialog.py" line="84" />
            <source>The proposal moves %Ln dose(s).</source>
            <translation>
                <numerusform>Forslaget flytter %Ln dosis.</numerusform>
                <numerusform>Forslaget flytter %Ln doser.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/accept_proposal_dialog.py" line="95" />
            <source>Posting the transfer…</source>
            <translation>Bogfører overførslen…</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/action_dialog.py" line="61" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/action_dialog.py" line="86" />
            <source>Saving…</source>
            <translation>Gemmer …</translation>
        </message>
    </context>
    <context>
        <name>AddExpectedDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="70" />
            <source>Add expected delivery</source>
            <translation>Tilføj forventet levering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="75" />
            <source>Loading…</source>
            <translation>Henter…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="85" />
            <source>packs</source>
            <translation>pakninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="86" />
            <source>doses</source>
            <translation>doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="100" />
            <source>SSI's order or delivery number (optional)</source>
            <translation>SSI's ordre- eller leveringsnummer (valgfrit)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="103" />
            <source>Announced by SSI</source>
            <translation>Varslet af SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="104" />
            <source>Ordered by the pharmacy</source>
            <translation>Bestilt af apoteket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="108" />
            <source>Optional</source>
            <translation>Valgfri</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="116" />
            <source>&amp;Product</source>
            <translation>&amp;Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="117" />
            <source>&amp;Quantity</source>
            <translation>&amp;Antal</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="118" />
            <source>Expected &amp;on</source>
            <translation>&amp;Forventet den</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="119" />
            <source>&amp;Reference</source>
            <translation>&amp;Reference</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="120" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="121" />
            <source>&amp;Note</source>
            <translation>&amp;Bemærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="129" />
            <source>Expected doses not yet received are subtracted from the suggested order, and a delivery note received is matched against them.</source>
            <translation>Forventede doser, der endnu ikke er modtaget, trækkes fra den foreslåede bestilling, og en modtaget følgeseddel holdes op mod dem.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="134" />
            <source>&amp;Save</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="134" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="174" />
            <source>Choose the product.</source>
            <translation>Vælg varen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="192" />
            <source>Saving…</source>
            <translation>Gemmer …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="206" />
            <source>No active products</source>
            <translation>Ingen aktive varer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="221" />
            <source>= %1 doses (%2 a pack)</source>
            <translation>= %1 doser (%2 pr. pakning)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="223" />
            <source>= %1 packs (%2 a pack)</source>
            <translation>= %1 pakninger (%2 doser pr. pakning)</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../pharmacy_app/ui/app.py" line="51" />
            <location filename="../../pharmacy_app/ui/app.py" line="118" />
            <source>Vaccine stock</source>
            <translation>Vaccinelager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/app.py" line="63" />
            <source>The database could not be opened.</source>
            <translation>Databasen kunne ikke åbnes.</translation>
        </message>
    </context>
    <context>
        <name>ArchiveModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="160" />
            <source>Month</source>
            <translation>Måned</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="161" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="162" />
            <source>Sent at</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="163" />
            <source>Sent by</source>
            <translation>Sendt af</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="165" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="167" />
            <source>%1 (%2 bytes)</source>
            <translation>%1 (%2 byte)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="172" />
            <source>Checksum</source>
            <translation>Kontrolsum</translation>
        </message>
    </context>
    <context>
        <name>ArchivePane</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/archive_pane.py" line="32" />
            <source>No report has been marked as sent yet.</source>
            <translation>Ingen indberetning er markeret som sendt endnu.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/archive_pane.py" line="40" />
            <source>Each version is kept exactly as it was sent. Hover over SHA-256 or Checksum to see it in full.</source>
            <translation>Hver version gemmes præcis, som den blev sendt. Hold musen over SHA-256 eller Kontrolsum for at se hele værdien.</translation>
        </message>
    </context>
    <context>
        <name>AuditFields</name>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="14" />
            <source>Item number</source>
            <translation>Varenummer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="15" />
            <source>GTIN</source>
            <translation>GTIN</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="16" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="17" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="18" />
            <source>Short name</source>
            <translation>Kort navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="19" />
            <source>Manufacturer</source>
            <translation>Producent</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="20" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="21" />
            <source>Doses per unit</source>
            <translation>Doser pr. enhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="22" />
            <source>Units per pack</source>
            <translation>Enheder pr. pakning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="23" />
            <source>Thawed shelf life (days)</source>
            <translation>Holdbarhed efter optøning (dage)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="24" />
            <source>In use after opening (hours)</source>
            <translation>Anvendelse efter anbrud (timer)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="25" />
            <source>Minimum shelf life on arrival (days)</source>
            <translation>Mindste restholdbarhed ved levering (dage)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="26" />
            <source>Frozen, lowest °C</source>
            <translation>Frossen, laveste °C</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="27" />
            <source>Frozen, highest °C</source>
            <translation>Frossen, højeste °C</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="28" />
            <source>Fridge, lowest °C</source>
            <translation>Køleskab, laveste °C</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="29" />
            <source>Fridge, highest °C</source>
            <translation>Køleskab, højeste °C</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="30" />
            <source>Note</source>
            <translation>Bemærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="31" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="33" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="34" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="35" />
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="55" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="36" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="37" />
            <source>City</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="38" />
            <source>Virtual</source>
            <translation>Virtuel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="39" />
            <source>Holds stock</source>
            <translation>Har lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="41" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="42" />
            <source>Full name</source>
            <translation>Fulde navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="43" />
            <source>Disabled</source>
            <translation>Deaktiveret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="44" />
            <source>Password</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="46" />
            <source>Lots</source>
            <translation>Batcher</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="47" />
            <source>Site</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="48" />
            <source>Lines</source>
            <translation>Linjer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="49" />
            <source>Movements</source>
            <translation>Bevægelser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="50" />
            <source>Approved by</source>
            <translation>Godkendt af</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="51" />
            <source>Posted by</source>
            <translation>Bogført af</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="52" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="53" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="54" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="56" />
            <source>Fingerprint</source>
            <translation>Fingeraftryk</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="57" />
            <source>Label</source>
            <translation>Betegnelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/fields.py" line="58" />
            <source>Schema revision</source>
            <translation>Skemaversion</translation>
        </message>
    </context>
    <context>
        <name>AuditKinds</name>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="22" />
            <source>Setting</source>
            <translation>Indstilling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="23" />
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="24" />
            <source>Site</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="25" />
            <source>Stock target</source>
            <translation>Lagermål</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="26" />
            <source>Recall</source>
            <translation>Tilbagekaldelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="27" />
            <source>Month closed</source>
            <translation>Måned lukket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="28" />
            <source>Stocktake approved</source>
            <translation>Optælling godkendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="29" />
            <source>Stocktake posted</source>
            <translation>Optælling bogført</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="30" />
            <source>Signing key</source>
            <translation>Signeringsnøgle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="31" />
            <source>Restore</source>
            <translation>Genskabelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="32" />
            <source>User</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="33" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="34" />
            <source>Temperature excursion</source>
            <translation>Temperaturudsving</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="35" />
            <source>Excursion decision</source>
            <translation>Beslutning om udsving</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="36" />
            <source>Expected delivery</source>
            <translation>Forventet levering</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="58" />
            <source>Time</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="59" />
            <source>When it happened (Danish time)</source>
            <translation>Hvornår det skete (dansk tid)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="60" />
            <source>User</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="61" />
            <source>Workstation</source>
            <translation>Arbejdsstation</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="62" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="63" />
            <source>Lot / subject</source>
            <translation>Parti / emne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="64" />
            <source>From → to / before → after</source>
            <translation>Fra → til / før → efter</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="65" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="67" />
            <source>Reason / note</source>
            <translation>Årsag / note</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/model.py" line="68" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="66" />
            <source>Audit: everything that happened, newest first</source>
            <translation>Revision: alt hvad der er sket, nyeste først</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="75" />
            <source>batch, any part</source>
            <translation>batch, en del af det</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="81" />
            <source>Everything</source>
            <translation>Alt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="82" />
            <source>All movements</source>
            <translation>Alle bevægelser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="83" />
            <source>All activity entries</source>
            <translation>Alle aktiviteter</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="86" />
            <location filename="../../pharmacy_app/ui/audit/page.py" line="172" />
            <source>Show</source>
            <translation>Vis</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="86" />
            <source>Apply the filters (Enter)</source>
            <translation>Anvend filtrene (Enter)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="88" />
            <source>Clear</source>
            <translation>Ryd</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="88" />
            <source>Show everything</source>
            <translation>Vis alt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="102" />
            <source>&amp;User</source>
            <translation>&amp;Bruger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="103" />
            <source>Locatio&amp;n</source>
            <translation>Ste&amp;d</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="104" />
            <source>&amp;Kind</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="107" />
            <source>&amp;From</source>
            <translation>&amp;Fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="108" />
            <source>&amp;To</source>
            <translation>&amp;Til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="109" />
            <source>&amp;Lot</source>
            <translation>&amp;Parti</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="136" />
            <source>Nothing matches the filters.</source>
            <translation>Intet passer med filtrene.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="145" />
            <source>More</source>
            <translation>Flere</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="145" />
            <source>Read the next %1 rows</source>
            <translation>Læs de næste %1 rækker</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="147" />
            <source>Export…</source>
            <translation>Eksportér…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="147" />
            <source>Write the filtered list to .xlsx or .csv</source>
            <translation>Gem den filtrerede liste som .xlsx eller .csv</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="150" />
            <location filename="../../pharmacy_app/ui/audit/page.py" line="173" />
            <source>Check the chain</source>
            <translation>Kontrollér kæden</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="151" />
            <source>Recompute every hash of the audit chain and name the first entry that does not match</source>
            <translation>Beregn hver hash i revisionskæden igen og navngiv den første post, der ikke passer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="154" />
            <source>The audit chain has not been checked in this window yet.</source>
            <translation>Revisionskæden er endnu ikke kontrolleret i dette vindue.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="244" />
            <source>Reading…</source>
            <translation>Læser…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="267" />
            <source>%1 rows shown; scroll down or press More for older ones</source>
            <translation>%1 rækker vist; rul ned eller tryk Flere for ældre</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="269" />
            <source>%1 rows: all that match</source>
            <translation>%1 rækker: alle der passer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="292" />
            <source>Export the audit list</source>
            <translation>Eksportér revisionslisten</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="304" />
            <source>%1 rows exported to %2</source>
            <translation>%1 rækker eksporteret til %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="308" />
            <source>Exporting the audit list…</source>
            <translation>Eksporterer revisionslisten…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="324" />
            <source>Checking the audit chain…</source>
            <translation>Kontrollerer revisionskæden…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/audit/page.py" line="332" />
            <source>Checked %1: %2</source>
            <translation>Kontrolleret %1: %2</translation>
        </message>
    </context>
    <context>
        <name>BackupSchedule</name>
        <message>
            <location filename="../../pharmacy_app/ui/backup_schedule.py" line="87" />
            <source>Making today's backup before closing…</source>
            <translation>Tager dagens sikkerhedskopi, før programmet lukker…</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="49" />
            <source>Choose…</source>
            <translation>Vælg…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="57" />
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="59" />
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="61" />
            <source>Back up now…</source>
            <translation>Sikkerhedskopiér nu…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="63" />
            <source>Restore…</source>
            <translation>Genskab…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="77" />
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="163" />
            <source>Backup folder</source>
            <translation>Mappe til sikkerhedskopier</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="80" />
            <source>Preferably a folder on another disk or a network drive.</source>
            <translation>Helst en mappe på en anden disk eller et netværksdrev.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="84" />
            <source>Daily backup at</source>
            <translation>Daglig sikkerhedskopi kl.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="87" />
            <source>One backup a day, made at this time while the program is open, or when it is closed.</source>
            <translation>Én sikkerhedskopi om dagen, taget på dette tidspunkt mens programmet er åbent, eller når det lukkes.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="91" />
            <source>Keep backups for</source>
            <translation>Gem sikkerhedskopier i</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="94" />
            <source>Older daily backups in the folder are deleted; other files there are never touched.</source>
            <translation>Ældre daglige sikkerhedskopier i mappen slettes; andre filer dér røres aldrig.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="110" />
            <source>By hand</source>
            <translation>Manuelt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="114" />
            <source>A restore replaces the whole database with the backup after checking it; the replaced database is kept beside it. Close the program on the other workstations first.</source>
            <translation>En genskabelse erstatter hele databasen med sikkerhedskopien, efter at den er kontrolleret; den erstattede database gemmes ved siden af. Luk først programmet på de andre arbejdsstationer.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="129" />
            <source>This database is on a PostgreSQL server: back it up with pg_dump and restore it with pg_restore on the server, as the README describes.</source>
            <translation>Databasen ligger på en PostgreSQL-server: sikkerhedskopiér den med pg_dump og genskab den med pg_restore på serveren, som README beskriver.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="175" />
            <source>Saved.</source>
            <translation>Gemt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="176" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="184" />
            <source>Back up the database to</source>
            <translation>Sikkerhedskopiér databasen til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="186" />
            <source>SQLite database (*.sqlite3 *.db)</source>
            <translation>SQLite-database (*.sqlite3 *.db)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="196" />
            <source>Backup written to %1.</source>
            <translation>Sikkerhedskopien er skrevet til %1.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="201" />
            <source>Backing up…</source>
            <translation>Sikkerhedskopierer…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="206" />
            <source>Restore the database from</source>
            <translation>Genskab databasen fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="208" />
            <source>SQLite database (*.sqlite3 *.db);;All files (*)</source>
            <translation>SQLite-database (*.sqlite3 *.db);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="216" />
            <source>&lt;date-time&gt;</source>
            <translation>&lt;dato-tid&gt;</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="219" />
            <source>Restore the database</source>
            <translation>Genskab databasen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="221" />
            <source>Replace the whole database with the backup %1?</source>
            <translation>Erstat hele databasen med sikkerhedskopien %1?</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="225" />
            <source>The backup is checked first; if it is damaged, newer than this program or its ledger does not add up, nothing is changed.

Replaced: %1
Kept as: %2

Everything entered since the backup was made is then only in the kept file. Close the program on the other workstations first.</source>
            <translation>Sikkerhedskopien kontrolleres først; er den beskadiget, nyere end programmet, eller stemmer dens lagerbog ikke, ændres intet.

Erstattes: %1
Gemmes som: %2

Alt, der er indtastet siden sikkerhedskopien blev taget, findes derefter kun i den gemte fil. Luk først programmet på de andre arbejdsstationer.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="233" />
            <source>Restore</source>
            <translation>Genskab</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="255" />
            <source>Restored from %1 (%2 movements, ledger checked). The replaced database is kept as %3.</source>
            <translation>Genskabt fra %1 (%2 bevægelser, lagerbogen kontrolleret). Den erstattede database er gemt som %3.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/backup_tab.py" line="261" />
            <source>Restoring…</source>
            <translation>Genskaber…</translation>
        </message>
    </context>
    <context>
        <name>BucketTile</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/bucket_tile.py" line="66" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dosis</numerusform>
                <numerusform>%Ln doser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/bucket_tile.py" line="67" />
            <source>%Ln lot(s)</source>
            <translation>
                <numerusform>%Ln batch</numerusform>
                <numerusform>%Ln batcher</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CancelExpectedDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="238" />
            <source>Cancel expected delivery</source>
            <translation>Annullér forventet levering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="241" />
            <source>It will no longer be subtracted from the order; it stays in the activity log with your note.</source>
            <translation>Den trækkes ikke længere fra bestillingen; den bliver stående i aktivitetsloggen med din bemærkning.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="246" />
            <source>&amp;Why will it not come?</source>
            <translation>&amp;Hvorfor kommer den ikke?</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="250" />
            <source>Required, e.g. SSI moved it to week 48</source>
            <translation>Skal udfyldes, fx SSI har flyttet den til uge 48</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="254" />
            <source>Cancel &amp;delivery</source>
            <translation>Annullér &amp;levering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="254" />
            <source>Keep it</source>
            <translation>Behold den</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/expected_dialogs.py" line="279" />
            <source>Cancelling…</source>
            <translation>Annullerer…</translation>
        </message>
    </context>
    <context>
        <name>ChangeLotDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="41" />
            <source>Change lot</source>
            <translation>Skift batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="46" />
            <source>%1 for %2: %3 doses, now batch %4.</source>
            <translation>%1 til %2: %3 doser, nu batch %4.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="56" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="56" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="56" />
            <source>Thawed</source>
            <translation>Optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="56" />
            <source>Free doses</source>
            <translation>Ledige doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="71" />
            <source>Required, e.g. the site asked for single-dose vials</source>
            <translation>Skal udfyldes, fx stedet bad om enkeltdosis-hætteglas</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="72" />
            <source>&amp;Reason</source>
            <translation>&amp;Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="75" />
            <source>Use this lot</source>
            <translation>Brug denne batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="75" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="83" />
            <source>Lots at the pharmacy that can be picked, earliest use-by first (FEFO). Another lot needs a reason.</source>
            <translation>Batcher på apoteket, der kan plukkes, tidligste anvendelsesdato først (FEFO). En anden batch kræver en årsag.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="104" />
            <source>FEFO first</source>
            <translation>Først efter FEFO</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="106" />
            <source>picked now</source>
            <translation>plukket nu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="108" />
            <source>not enough free doses</source>
            <translation>ikke nok ledige doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="132" />
            <source>No other lot of this product can be picked for the round's date.</source>
            <translation>Ingen anden batch af varen kan plukkes til rundens dato.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/change_lot_dialog.py" line="169" />
            <source>Changing the lot…</source>
            <translation>Skifter batch …</translation>
        </message>
    </context>
    <context>
        <name>ChangesModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="126" />
            <source>Sheet</source>
            <translation>Ark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="127" />
            <source>Row</source>
            <translation>Række</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="128" />
            <source>Column</source>
            <translation>Kolonne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="129" />
            <source>Sent value</source>
            <translation>Sendt værdi</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="131" />
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="141" />
            <source>(row added)</source>
            <translation>(række tilføjet)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="141" />
            <source>(row removed)</source>
            <translation>(række fjernet)</translation>
        </message>
    </context>
    <context>
        <name>ChangesPane</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/changes_pane.py" line="47" />
            <source>Press Changes since sent (%1) to compare a month with the version sent to SSI.</source>
            <translation>Tryk på Ændringer siden afsendelse (%1) for at sammenligne en måned med versionen sendt til SSI.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports/changes_pane.py" line="59" />
            <source>%1: %Ln difference(s) from version %2 sent on %3 by %4.</source>
            <translation>
                <numerusform>%1: %Ln forskel fra version %2, sendt %3 af %4.</numerusform>
                <numerusform>%1: %Ln forskelle fra version %2, sendt %3 af %4.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/changes_pane.py" line="68" />
            <source>%1: compared with version %2.</source>
            <translation>%1: sammenlignet med version %2.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/changes_pane.py" line="71" />
            <source>No changes since the version sent on %1 by %2.</source>
            <translation>Ingen ændringer siden versionen sendt %1 af %2.</translation>
        </message>
    </context>
    <context>
        <name>ClosedMonthDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/closed_month.py" line="82" />
            <source>Month already reported to SSI</source>
            <translation>Måneden er allerede indberettet til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/closed_month.py" line="85" />
            <source>%1 is closed</source>
            <translation>%1 er lukket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/closed_month.py" line="94" />
            <source>The report to SSI for %1 was marked as sent on %2 by %3.</source>
            <translation>Indberetningen til SSI for %1 blev markeret som sendt %2 af %3.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/closed_month.py" line="100" />
            <source>You can still save this change. It will then be listed under “Changes since sent” on the Reports page, and your reason is kept in the movement's note.</source>
            <translation>Du kan stadig gemme ændringen. Den vises derefter under “Ændringer siden afsendelse” på siden Rapporter, og din begrundelse gemmes i bevægelsens bemærkning.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/closed_month.py" line="108" />
            <source>&amp;Reason for changing a closed month (required)</source>
            <translation>&amp;Begrundelse for at ændre en lukket måned (skal udfyldes)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/closed_month.py" line="113" />
            <source>e.g. paper form found after the report was sent</source>
            <translation>fx papirskema fundet, efter indberetningen blev sendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/closed_month.py" line="119" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/closed_month.py" line="120" />
            <source>&amp;Save anyway</source>
            <translation>&amp;Gem alligevel</translation>
        </message>
    </context>
    <context>
        <name>ColdChainPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/page.py" line="27" />
            <source>Equipment</source>
            <translation>Udstyr</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/page.py" line="28" />
            <source>Temperature excursions</source>
            <translation>Temperaturudsving</translation>
        </message>
    </context>
    <context>
        <name>ComingLaterPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/common/widgets.py" line="369" />
            <source>Coming in a later version.</source>
            <translation>Kommer i en senere version.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="56" />
            <source>Policy</source>
            <translation>Politik</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="64" />
            <source>Doses wasted of doses given and wasted</source>
            <translation>Spildte doser af givne og spildte doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="71" />
            <source>Doses discarded as expired or past their thawed shelf life, of doses received</source>
            <translation>Doser kasseret som udløbet eller efter holdbarheden som optøet, af modtagne doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="78" />
            <source>Site-days a site ran out, of open site-days</source>
            <translation>Stedsdage, hvor et sted var løbet tør, af åbne stedsdage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="84" />
            <source>Doses asked for where the site had none</source>
            <translation>Doser efterspurgt, hvor stedet ikke havde nogen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="61" />
            <source>Waste %
(WHO)</source>
            <translation>Spild %
(WHO)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="67" />
            <source>Expiry waste
% of received</source>
            <translation>Udløbsspild
% af modtaget</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="75" />
            <source>Stock-out
site-days %</source>
            <translation>Stedsdage
uden lager %</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="81" />
            <source>Unmet
doses</source>
            <translation>Doser
uden lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="90" />
            <source>Doses moved by rebalancing</source>
            <translation>Doser flyttet ved omfordeling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="87" />
            <source>Doses
moved</source>
            <translation>Doser
flyttet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="92" />
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="92" />
            <source>Doses received from SSI</source>
            <translation>Doser modtaget fra SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="93" />
            <source>Given</source>
            <translation>Givet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="93" />
            <source>Doses given</source>
            <translation>Givne doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="94" />
            <source>Wasted</source>
            <translation>Spildt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="94" />
            <source>Doses wasted, every reason</source>
            <translation>Spildte doser, alle årsager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="111" />
            <source>%1. Mean over %2 seeds; lowest %3, highest %4.</source>
            <translation>%1. Gennemsnit over %2 frø; lavest %3, højest %4.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmReceiptDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="44" />
            <source>Confirm receipt – %1</source>
            <translation>Kvittér for modtagelse – %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="47" />
            <source>List %1 to %2</source>
            <translation>Liste %1 til %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="50" />
            <source>The doses are in transit until confirmed: what you confirm moves to the site; a difference is recorded as lost with its reason.</source>
            <translation>Doserne er undervejs, indtil der kvitteres: det, du kvitterer for, flyttes til stedet; en difference registreres som tabt med sin årsag.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="55" />
            <source>The doses were booked to the site at dispatch; a difference is recorded as a discard at the site with its reason.</source>
            <translation>Doserne blev bogført på stedet ved afsendelsen; en difference registreres som kassation på stedet med sin årsag.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="62" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="63" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="64" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="65" />
            <source>Dispatched</source>
            <translation>Afsendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="66" />
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="67" />
            <source>Reason for the difference</source>
            <translation>Årsag til differencen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="68" />
            <source>Reason code</source>
            <translation>Årsagskode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="102" />
            <source>Doses received, in whole vials of %1 doses</source>
            <translation>Modtagne doser, i hele hætteglas á %1 doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="107" />
            <source>Needed when less arrived</source>
            <translation>Skal udfyldes, når der kom mindre</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="110" />
            <source>Choose…</source>
            <translation>Vælg …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="126" />
            <source>Confirm receipt</source>
            <translation>Kvittér for modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="126" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="154" />
            <source>line %1 (%2 %3)</source>
            <translation>linje %1 (%2 %3)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="160" />
            <source>The doses received on %1 must be whole vials of %2 doses.</source>
            <translation>De modtagne doser på %1 skal være hele hætteglas á %2 doser.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="165" />
            <source>Give the reason for the difference on %1.</source>
            <translation>Angiv årsagen til differencen på %1.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="167" />
            <source>Choose the reason code on %1.</source>
            <translation>Vælg årsagskoden på %1.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="172" />
            <source>Dispatched %1 doses, received %2</source>
            <translation>Afsendt %1 doser, modtaget %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="174" />
            <source>difference %1</source>
            <translation>difference %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/confirm_receipt_dialog.py" line="200" />
            <source>Confirming the receipt…</source>
            <translation>Kvitterer for modtagelsen …</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <location filename="../../pharmacy_app/ui/reconnect.py" line="41" />
            <source>Try now</source>
            <translation>Prøv nu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reconnect.py" line="41" />
            <source>Try to reach the database now</source>
            <translation>Prøv at nå databasen nu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reconnect.py" line="51" />
            <source>The connection to the database is broken. Trying again in %1 s …</source>
            <translation>Forbindelsen til databasen er afbrudt. Prøver igen om %1 s …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reconnect.py" line="58" />
            <source>The connection to the database is broken. Trying again …</source>
            <translation>Forbindelsen til databasen er afbrudt. Prøver igen …</translation>
        </message>
    </context>
    <context>
        <name>ConsumptionExportDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="253" />
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="356" />
            <source>Export consumption</source>
            <translation>Eksportér forbrug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="260" />
            <source>Doses given in the period, one row per registration, without registrations that were reversed. Both days are included.</source>
            <translation>Givne doser i perioden, én række pr. registrering, uden registreringer der er tilbageført. Begge dage er medregnet.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="279" />
            <source>All sites</source>
            <translation>Alle steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="291" />
            <source>&amp;From</source>
            <translation>&amp;Fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="293" />
            <source>&amp;To</source>
            <translation>&amp;Til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="295" />
            <source>&amp;Site</source>
            <translation>&amp;Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="303" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="304" />
            <source>&amp;Export…</source>
            <translation>&amp;Eksportér…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="347" />
            <source>“To” is before “From”.</source>
            <translation>“Til” ligger før “Fra”.</translation>
        </message>
    </context>
    <context>
        <name>ConsumptionImportDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/import_dialog.py" line="25" />
            <source>Import consumption sheet</source>
            <translation>Importér forbrugsark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/import_dialog.py" line="36" />
            <source>%1: %2 rows, %3 doses given at %4. Nothing is recorded until you press Record.</source>
            <translation>%1: %2 rækker, %3 doser givet på %4. Intet registreres, før du trykker Registrér.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/consumption/import_dialog.py" line="45" />
            <source>%Ln problem(s)</source>
            <translation>
                <numerusform>%Ln problem</numerusform>
                <numerusform>%Ln problemer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/import_dialog.py" line="47" />
            <source>%1 cannot be recorded: %2. Correct the sheet and import it again; nothing was recorded.</source>
            <translation>%1 kan ikke registreres: %2. Ret arket og importér det igen; intet blev registreret.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/import_dialog.py" line="55" />
            <source>Record</source>
            <translation>Registrér</translation>
        </message>
    </context>
    <context>
        <name>ConsumptionModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="132" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="133" />
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="144" />
            <source>Total</source>
            <translation>I alt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="135" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="137" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="138" />
            <source>On hand</source>
            <translation>Beholdning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="142" />
            <source>Target group</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="142" />
            <source>(not stated)</source>
            <translation>(ikke angivet)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="300" />
            <source>Corrected: %1 doses (the lot's history shows the reversed and the new figure)</source>
            <translation>Rettet: %1 doser (partiets historik viser det tilbageførte og det nye tal)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="304" />
            <source>Already recorded: %1 doses. Correct… (Ctrl+E) changes it</source>
            <translation>Allerede registreret: %1 doser. Ret… (Ctrl+E) ændrer det</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="308" />
            <source>Corrected to none given (the lot's history shows the reversal)</source>
            <translation>Rettet til ingen givet (partiets historik viser tilbageførslen)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="312" />
            <source>Past its use-by date</source>
            <translation>Efter sidste anvendelsesdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="314" />
            <source>Outside the days that can be recorded</source>
            <translation>Uden for de dage, der kan registreres</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="390" />
            <source>%1 is outside the grid</source>
            <translation>%1 ligger uden for skemaet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="395" />
            <source>%1 cannot go in a cell that is not open for entry</source>
            <translation>%1 kan ikke stå i en celle, der ikke er åben for indtastning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/model.py" line="402" />
            <source>%1 is not a whole number of doses</source>
            <translation>%1 er ikke et helt antal doser</translation>
        </message>
    </context>
    <context>
        <name>ConsumptionPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="79" />
            <source>Consumption</source>
            <translation>Forbrug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="95" />
            <source>Red rows with this badge are recalled: they can no longer be given. Return them to the pharmacy.</source>
            <translation>Røde rækker med dette mærke er tilbagekaldt: de kan ikke længere gives. Returnér dem til apoteket.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="123" />
            <source>◀ Previous week</source>
            <translation>◀ Forrige uge</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="126" />
            <source>Next week ▶</source>
            <translation>Næste uge ▶</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="129" />
            <source>This week</source>
            <translation>Denne uge</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="133" />
            <source>Split by target group</source>
            <translation>Opdel efter målgruppe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="135" />
            <source>Import…</source>
            <translation>Importér…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="137" />
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="143" />
            <source>Correct…</source>
            <translation>Ret…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="144" />
            <source>Correct the saved figure of the selected cell, with a reason</source>
            <translation>Ret det gemte tal i den valgte celle, med en begrundelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="152" />
            <source>Site:</source>
            <translation>Sted:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="181" />
            <source>Type the doses given per day. Arrows and Tab move, Enter moves down, Delete clears, Ctrl+V pastes cells copied from a spreadsheet. Grey days are already recorded or closed; Correct… (Ctrl+E) changes a saved figure, and corrected figures are blue. Batches marked * are thawed.</source>
            <translation>Skriv de givne doser pr. dag. Pile og Tab flytter, Enter flytter ned, Delete rydder, Ctrl+V indsætter celler kopieret fra et regneark. Grå dage er allerede registreret eller lukket; Ret… (Ctrl+E) ændrer et gemt tal, og rettede tal er blå. Batcher mærket * er optøede.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="240" />
            <source>Week %1: %2 – %3</source>
            <translation>Uge %1: %2 – %3</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="340" />
            <source>%1 new doses in %2 cells not saved yet.</source>
            <translation>%1 nye doser i %2 celler er endnu ikke gemt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="373" />
            <source>Saving consumption…</source>
            <translation>Gemmer forbrug…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="398" />
            <source>Nothing was saved:</source>
            <translation>Intet blev gemt:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="422" />
            <source>Select a grey day cell with saved doses to correct its figure.</source>
            <translation>Vælg en grå dagcelle med gemte doser for at rette tallet.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="438" />
            <source>Corrected %1 on %2: %3 doses instead of %4.</source>
            <translation>Rettet %1 den %2: %3 doser i stedet for %4.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="460" />
            <source>Import consumption sheet</source>
            <translation>Importér forbrugsark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="462" />
            <source>Consumption sheets (*.xlsx *.csv)</source>
            <translation>Forbrugsark (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/page.py" line="488" />
            <source>Recording consumption sheet…</source>
            <translation>Registrerer forbrugsark…</translation>
        </message>
    </context>
    <context>
        <name>CorrectDayDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/correct_dialog.py" line="45" />
            <source>Correct saved consumption</source>
            <translation>Ret gemt forbrug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/correct_dialog.py" line="54" />
            <source>&amp;Right figure (doses)</source>
            <translation>&amp;Rigtigt tal (doser)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/correct_dialog.py" line="57" />
            <source>e.g. typed in the wrong row; the tally sheet says 32</source>
            <translation>fx tastet i forkert række; optællingsarket siger 32</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/correct_dialog.py" line="58" />
            <source>&amp;Correct</source>
            <translation>&amp;Ret</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/consumption/correct_dialog.py" line="66" />
            <source>%Ln dose(s) saved</source>
            <translation>
                <numerusform>%Ln dosis gemt</numerusform>
                <numerusform>%Ln doser gemt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/correct_dialog.py" line="68" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/correct_dialog.py" line="68" />
            <source>(not stated)</source>
            <translation>(ikke angivet)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/correct_dialog.py" line="73" />
            <source>The saved figure is reversed and the right one posted, both dated that day, so the day's month in the SSI workbook shows the right figure. The lot's history keeps both.</source>
            <translation>Det gemte tal tilbageføres, og det rigtige bogføres, begge dateret den dag, så dagens måned i SSI-indberetningen viser det rigtige tal. Partiets historik beholder begge.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption/correct_dialog.py" line="86" />
            <source>Correcting…</source>
            <translation>Retter…</translation>
        </message>
    </context>
    <context>
        <name>Counting</name>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="75" />
            <source>Saving the count…</source>
            <translation>Gemmer optællingen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="81" />
            <source>%1 %2: %3 counted</source>
            <translation>%1 %2: %3 optalt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="94" />
            <source>Other: write in Reason text why %1 %2 differs, then press Enter.</source>
            <translation>Andet: skriv i Årsagstekst hvorfor %1 %2 afviger, og tryk Enter.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="103" />
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="113" />
            <source>Reason saved for %1 %2</source>
            <translation>Årsag gemt for %1 %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="109" />
            <source>Choose the reason first, then write the text.</source>
            <translation>Vælg først årsagen, og skriv så teksten.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="124" />
            <source>Scanned, but no count is open: open a count or start one with New count (Ctrl+N).</source>
            <translation>Scannet, men ingen optælling er åben: åbn en optælling, eller start en med Ny optælling (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="136" />
            <source> – not expected here, added as found</source>
            <translation> – ikke forventet her, tilføjet som fundet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="138" />
            <source>+%1 %2 of %3 %4 (%5 counted)</source>
            <translation>+%1 %2 af %3 %4 (%5 optalt)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="155" />
            <source>Recording the scan…</source>
            <translation>Registrerer scanningen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="176" />
            <source>%1 read: %2 of %3 lots counted</source>
            <translation>%1 indlæst: %2 af %3 partier optalt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="186" />
            <source>%1 was not read: nothing of it is counted.</source>
            <translation>%1 blev ikke indlæst: intet af den er optalt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="189" />
            <source>Count file refused</source>
            <translation>Optællingsfil afvist</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="193" />
            <source>%1 was not read; fix these rows and import it again:</source>
            <translation>%1 blev ikke indlæst; ret disse rækker, og indlæs den igen:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/counting.py" line="206" />
            <source>Reading the count file…</source>
            <translation>Indlæser optællingsfilen…</translation>
        </message>
    </context>
    <context>
        <name>CountsModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="110" />
            <source>hidden</source>
            <translation>skjult</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="112" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="113" />
            <source>Place</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="114" />
            <source>Scope</source>
            <translation>Omfang</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="116" />
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="118" />
            <source>Blind</source>
            <translation>Blind</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="121" />
            <source>Started</source>
            <translation>Startet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="125" />
            <source>By</source>
            <translation>Af</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="127" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="134" />
            <source>Lots</source>
            <translation>Partier</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="140" />
            <source>Counted</source>
            <translation>Optalt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="146" />
            <source>Differences</source>
            <translation>Afvigelser</translation>
        </message>
    </context>
    <context>
        <name>CyclePanel</name>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="28" />
            <source>moved often</source>
            <translation>flyttet ofte</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="29" />
            <source>much held</source>
            <translation>meget på lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="30" />
            <source>not counted for long</source>
            <translation>ikke optalt længe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="82" />
            <source>Pl&amp;ace</source>
            <translation>St&amp;ed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="93" />
            <source>Count t&amp;hese…</source>
            <translation>&amp;Optæl disse…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="95" />
            <source>Start a count of the ticked lots at this place</source>
            <translation>Start en optælling af de afkrydsede partier på dette sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="147" />
            <source>Nothing to suggest here today: every lot held is counted recently or in an open count.</source>
            <translation>Intet at foreslå her i dag: alle partier på lager er optalt for nylig eller er i en åben optælling.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="150" />
            <source>%Ln lot(s) ticked</source>
            <translation>
                <numerusform>%Ln parti afkrydset</numerusform>
                <numerusform>%Ln partier afkrydset</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="158" />
            <source>Starting the count…</source>
            <translation>Starter optællingen…</translation>
        </message>
    </context>
    <context>
        <name>DatabaseTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="63" />
            <source>SQLite file on this computer or a shared drive</source>
            <translation>SQLite-fil på denne computer eller et fælles drev</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="64" />
            <source>PostgreSQL server</source>
            <translation>PostgreSQL-server</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="71" />
            <source>Choose…</source>
            <translation>Vælg…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="84" />
            <source>PostgreSQL's password file (~/.pgpass)</source>
            <translation>PostgreSQL's adgangskodefil (~/.pgpass)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="85" />
            <source>A service in PostgreSQL's service file (pg_service.conf)</source>
            <translation>En tjeneste i PostgreSQL's tjenestefil (pg_service.conf)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="86" />
            <source>The operating system's keyring</source>
            <translation>Styresystemets nøglering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="92" />
            <source>typed once; kept only in the keyring</source>
            <translation>skrives én gang; gemmes kun i nøgleringen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="93" />
            <source>Test connection</source>
            <translation>Test forbindelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="95" />
            <source>Save for the next start</source>
            <translation>Gem til næste start</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="107" />
            <source>Open now</source>
            <translation>Åben nu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="113" />
            <source>Next start</source>
            <translation>Næste start</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="114" />
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="228" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="119" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="121" />
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="229" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="122" />
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="230" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="123" />
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="231" />
            <source>User</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="125" />
            <source>Password from</source>
            <translation>Adgangskode fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="128" />
            <source>The program never keeps a password in its own files.</source>
            <translation>Programmet gemmer aldrig en adgangskode i sine egne filer.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="131" />
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="232" />
            <source>Service</source>
            <translation>Tjeneste</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="132" />
            <source>Password</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="216" />
            <source>Database file</source>
            <translation>Databasefil</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="218" />
            <source>SQLite database (*.sqlite3 *.db)</source>
            <translation>SQLite-database (*.sqlite3 *.db)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="236" />
            <source>Fill in: %1.</source>
            <translation>Udfyld: %1.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="257" />
            <source>Testing the connection …</source>
            <translation>Tester forbindelsen …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="261" />
            <source>The connection works (%1). The database is empty; it is set up at the next start.</source>
            <translation>Forbindelsen virker (%1). Databasen er tom; den gøres klar ved næste start.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="263" />
            <source>The connection works (%1).</source>
            <translation>Forbindelsen virker (%1).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="266" />
            <source>Testing the connection…</source>
            <translation>Tester forbindelsen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="276" />
            <source>Saved. The program opens this database at the next start.</source>
            <translation>Gemt. Programmet åbner denne database ved næste start.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/database_tab.py" line="278" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../pharmacy_app/ui/common/date_edit.py" line="42" />
            <source>Type the date (31-12-2027, 311227, 12-2027 for the month's last day); Alt+Down opens a calendar</source>
            <translation>Skriv datoen (31-12-2027, 311227 eller 12-2027 for månedens sidste dag); Alt+Pil ned åbner en kalender</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/date_edit.py" line="46" />
            <source>Calendar (Alt+Down)</source>
            <translation>Kalender (Alt+Pil ned)</translation>
        </message>
    </context>
    <context>
        <name>DecideDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="313" />
            <source>Decide on batch %1</source>
            <translation>Beslut om batch %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="314" />
            <source>batch %1</source>
            <translation>batch %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="317" />
            <source>%1 doses held, %2 there now</source>
            <translation>%1 doser tilbageholdt, %2 der nu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="319" />
            <source>use by %1</source>
            <translation>anvendes senest %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="325" />
            <source>Suggested:</source>
            <translation>Forslag:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="329" />
            <source>&amp;Release</source>
            <translation>&amp;Frigiv</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="330" />
            <source>&amp;Shorten the use-by to</source>
            <translation>&amp;Forkort holdbarheden til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="331" />
            <source>&amp;Discard as TEMPERATURSVIGT</source>
            <translation>&amp;Kassér som TEMPERATURSVIGT</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="340" />
            <source>Reason (required to release)</source>
            <translation>Begrundelse (krævet ved frigivelse)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="347" />
            <source>De&amp;cide</source>
            <translation>&amp;Beslut</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="347" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="350" />
            <source>Stability</source>
            <translation>Stabilitet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="384" />
            <source>Saving the decision…</source>
            <translation>Gemmer beslutningen…</translation>
        </message>
    </context>
    <context>
        <name>Decisions</name>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="295" />
            <source>Not decided – held</source>
            <translation>Ikke afgjort – tilbageholdt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="296" />
            <source>Released</source>
            <translation>Frigivet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="297" />
            <source>Use-by shortened</source>
            <translation>Holdbarhed forkortet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="298" />
            <source>Discarded (TEMPERATURSVIGT)</source>
            <translation>Kasseret (TEMPERATURSVIGT)</translation>
        </message>
    </context>
    <context>
        <name>DeliveryModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="91" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="92" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="93" />
            <location filename="../../pharmacy_app/ui/planning/models.py" line="104" />
            <source>Expected</source>
            <translation>Forventet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="94" />
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="95" />
            <source>What happened</source>
            <translation>Hvad skete der</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="100" />
            <source>As expected</source>
            <translation>Som forventet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="101" />
            <source>Differs</source>
            <translation>Afviger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="102" />
            <source>Unexpected</source>
            <translation>Uventet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="103" />
            <source>Overdue</source>
            <translation>Forsinket</translation>
        </message>
    </context>
    <context>
        <name>DiscardDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/discard_dialog.py" line="31" />
            <source>Discard stock</source>
            <translation>Kassér lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/discard_dialog.py" line="40" />
            <source>Comment (required for some reasons)</source>
            <translation>Bemærkning (kræves ved nogle årsager)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/discard_dialog.py" line="41" />
            <source>&amp;Reason</source>
            <translation>&amp;Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/discard_dialog.py" line="43" />
            <source>Co&amp;mment</source>
            <translation>Be&amp;mærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/discard_dialog.py" line="47" />
            <source>&amp;Discard</source>
            <translation>&amp;Kassér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/discard_dialog.py" line="75" />
            <source>Discarding…</source>
            <translation>Kasserer…</translation>
        </message>
    </context>
    <context>
        <name>DiscardTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="65" />
            <source>&amp;All</source>
            <translation>&amp;Alle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="67" />
            <source>Check or uncheck every row (Space checks the current row)</source>
            <translation>Markér eller fjern markering på alle rækker (mellemrum markerer den aktuelle række)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="74" />
            <source>Expired stock</source>
            <translation>Udløbet lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="81" />
            <source>&amp;Record waste…</source>
            <translation>&amp;Registrér spild…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="83" />
            <source>Record wasted doses at any location with a reason (broken, cold chain, opened vial…)</source>
            <translation>Registrér spildte doser på et hvilket som helst sted med en årsag (brud, kølekæde, anbrudt hætteglas…)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="106" />
            <source>Stock past its use-by at every location, with the reason it is discarded with. Uncheck what is not to be discarded now; the checked rows are discarded in one step.</source>
            <translation>Lager hvis anvendelsesdato er overskredet, på alle steder, med den årsag det kasseres med. Fjern markeringen på det, der ikke skal kasseres nu; de markerede rækker kasseres i ét trin.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="126" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="127" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="128" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="130" />
            <source>Use-by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="135" />
            <source>Thawed on</source>
            <translation>Optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="136" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="137" />
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="157" />
            <source>No expired stock anywhere.</source>
            <translation>Der er intet udløbet lager nogen steder.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="171" />
            <source>Discard expired stock</source>
            <translation>Kassér udløbet lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="173" />
            <source>Discard %1 of expired stock?</source>
            <translation>Kassér %1 af det udløbne lager?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="173" />
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="204" />
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="232" />
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="260" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dose</numerusform>
                <numerusform>%Ln doser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="175" />
            <source>(%Ln row(s))</source>
            <translation>
                <numerusform>(%Ln række)</numerusform>
                <numerusform>(%Ln rækker)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="179" />
            <source>Each row is recorded as wasted with the reason shown. A mistake is corrected afterwards by reversing the movement in the lot's history on the Stock page (Reverse…).</source>
            <translation>Hver række registreres som spild med den viste årsag. En fejl rettes bagefter ved at tilbageføre bevægelsen i partiets historik på siden Lager (Tilbagefør…).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="184" />
            <source>Discard</source>
            <translation>Kassér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="185" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="204" />
            <source>Discarded %1 of expired stock.</source>
            <translation>Kasseret: %1 af det udløbne lager.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="215" />
            <source>Discarding expired stock…</source>
            <translation>Kasserer udløbet lager…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="231" />
            <source>Discarded %1 of batch %2 at %3.</source>
            <translation>Kasseret: %1 af batch %2 på %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="246" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln række</numerusform>
                <numerusform>%Ln rækker</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="248" />
            <source>%1 of %2 doses checked</source>
            <translation>%1 af %2 doser markeret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="260" />
            <source>&amp;Discard %1 of expired stock…</source>
            <translation>&amp;Kassér %1 af det udløbne lager…</translation>
        </message>
    </context>
    <context>
        <name>DistributionModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="41" />
            <source>Draft</source>
            <translation>Kladde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="42" />
            <source>Dispatched</source>
            <translation>Afsendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="43" />
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="44" />
            <source>Cancelled</source>
            <translation>Annulleret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="45" />
            <source>Reversed</source>
            <translation>Tilbageført</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="48" />
            <source>Direct</source>
            <translation>Direkte</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="49" />
            <source>In transit</source>
            <translation>Undervejs</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="52" />
            <source>Direct: stock is at the site as soon as it is dispatched</source>
            <translation>Direkte: lageret er på stedet, så snart det er afsendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="53" />
            <source>In transit: stock is on the way until the site confirms receipt</source>
            <translation>Undervejs: lageret er på vej, indtil stedet kvitterer for modtagelsen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="59" />
            <source>Nursing home</source>
            <translation>Plejehjem</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="60" />
            <source>Sheltered housing</source>
            <translation>Botilbud</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="61" />
            <source>Prison</source>
            <translation>Fængsel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="62" />
            <source>Asylum or departure centre</source>
            <translation>Asyl- eller udrejsecenter</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="63" />
            <source>Home visit (bed-bound citizen)</source>
            <translation>Hjemmebesøg (sengeliggende borger)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/texts.py" line="64" />
            <source>Homeless shelter</source>
            <translation>Herberg</translation>
        </message>
    </context>
    <context>
        <name>DistributionPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="119" />
            <source>&amp;Preview lists…</source>
            <translation>&amp;Vis lister …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="121" />
            <source>Every site's distribution list in one document: preview, print in one job, save (Ctrl+P)</source>
            <translation>Alle steders distributionslister i ét dokument: vis, udskriv i ét job, gem (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="124" />
            <source>Cancel l&amp;ist…</source>
            <translation>Annullér l&amp;iste …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="124" />
            <source>Take the selected site out of this draft round</source>
            <translation>Tag det valgte sted ud af denne kladde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="127" />
            <source>Cancel ro&amp;und…</source>
            <translation>Annullér r&amp;unde …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="127" />
            <source>Abandon this draft round; nothing of it is sent</source>
            <translation>Opgiv denne kladde; intet af den sendes</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="130" />
            <source>Re&amp;verse list…</source>
            <translation>Tilbage&amp;før liste …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="132" />
            <source>Undo the dispatch of the selected list (not yet received): its doses go back to the pharmacy</source>
            <translation>Fortryd afsendelsen af den valgte liste (ikke modtaget endnu): doserne går tilbage til apoteket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="135" />
            <source>Confirm &amp;receipt…</source>
            <translation>Kvittér for &amp;modtagelse …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="135" />
            <source>Record what the selected site received (Ctrl+R)</source>
            <translation>Registrér, hvad det valgte sted modtog (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="138" />
            <source>&amp;Dispatch</source>
            <translation>&amp;Afsend</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="138" />
            <source>Post the round's movements (Ctrl+Enter)</source>
            <translation>Bogfør rundens bevægelser (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="204" />
            <source>New round</source>
            <translation>Ny runde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="205" />
            <source>Preview lists</source>
            <translation>Vis lister</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="206" />
            <source>Dispatch</source>
            <translation>Afsend</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="207" />
            <source>Change lot</source>
            <translation>Skift batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="208" />
            <source>Confirm receipt</source>
            <translation>Kvittér for modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="209" />
            <source>Transfer / return</source>
            <translation>Overfør / returnér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="211" />
            <source>Split fairly</source>
            <translation>Fordel ligeligt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="388" />
            <source>Plan a round with New round (Ctrl+N), or open one on the left.</source>
            <translation>Planlæg en runde med Ny runde (Ctrl+N), eller åbn en til venstre.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="391" />
            <source>Check the requests (type a figure to change one), the picked lots and the visits; preview the lists (Ctrl+P), then dispatch (Ctrl+Enter).</source>
            <translation>Tjek behovet (skriv et tal for at ændre det), de plukkede batcher og besøgene; vis listerne (Ctrl+P), og afsend (Ctrl+Enter).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="397" />
            <source>Dispatched: the stock is in transit. Choose a site on the left and confirm its receipt (Ctrl+R).</source>
            <translation>Afsendt: lageret er undervejs. Vælg et sted til venstre, og kvittér for dets modtagelse (Ctrl+R).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="399" />
            <source>Dispatched: the stock is at the sites. Choose a site and confirm its receipt (Ctrl+R).</source>
            <translation>Afsendt: lageret er på stederne. Vælg et sted, og kvittér for dets modtagelse (Ctrl+R).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="401" />
            <source>This round was cancelled; nothing of it was sent.</source>
            <translation>Runden blev annulleret; intet af den blev sendt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="418" />
            <source>Round %1 planned for %2: %3</source>
            <translation>Runde %1 planlagt til %2: %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="421" />
            <source>%Ln site(s)</source>
            <translation>
                <numerusform>%Ln sted</numerusform>
                <numerusform>%Ln steder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="443" />
            <source>%1: requested %2 doses, allocated %3</source>
            <translation>%1: ønsket %2 doser, tildelt %3</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="447" />
            <source>(rounded up to whole vials of %1 doses)</source>
            <translation>(rundet op til hele hætteglas á %1 doser)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="450" />
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="466" />
            <source>Allocating…</source>
            <translation>Fordeler …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="461" />
            <source>Split fairly: every site gets about the same share of its request.</source>
            <translation>Fordelt ligeligt: hvert sted får omtrent samme andel af sit behov.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="463" />
            <source>Allocated in the list's order.</source>
            <translation>Fordelt i listens rækkefølge.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="479" />
            <source>Line %1 for %2: lot changed, reason recorded</source>
            <translation>Linje %1 til %2: batch skiftet, årsag registreret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="489" />
            <source>Change lot…	Ctrl+L</source>
            <translation>Skift batch …	Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="508" />
            <source>Visit added to %1's plan</source>
            <translation>Besøg tilføjet til %1s plan</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="522" />
            <source>Visit to %1 removed</source>
            <translation>Besøg hos %1 fjernet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="524" />
            <source>Removing the visit…</source>
            <translation>Fjerner besøget …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="530" />
            <source>distribution-lists</source>
            <translation>distributionslister</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="548" />
            <source>Distribution lists, round %1</source>
            <translation>Distributionslister, runde %1</translation>
        </message>
    </context>
    <context>
        <name>EquipmentTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="60" />
            <source>Filter: code, name or kind</source>
            <translation>Filter: kode, navn eller type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="66" />
            <source>No places match the filter.</source>
            <translation>Ingen steder passer til filteret.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="74" />
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="170" />
            <source>Choose a place on the left.</source>
            <translation>Vælg et sted til venstre.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="79" />
            <source>Storage equipment</source>
            <translation>Opbevaringsudstyr</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="88" />
            <source>Nothing is stored here.</source>
            <translation>Her opbevares intet.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="96" />
            <source>What is stored, by class</source>
            <translation>Hvad der opbevares, pr. klasse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="179" />
            <source>Equipment recorded for this place (Settings › Sites).</source>
            <translation>Udstyret er registreret for dette sted (Indstillinger › Steder).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="184" />
            <source>(nothing recorded; Settings › Sites)</source>
            <translation>(intet registreret; Indstillinger › Steder)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="188" />
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="188" />
            <source>Range</source>
            <translation>Temperatur</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="188" />
            <source>Capacity</source>
            <translation>Kapacitet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="188" />
            <source>Fill level</source>
            <translation>Fyldning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="196" />
            <source>no limit</source>
            <translation>ingen grænse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/equipment_tab.py" line="200" />
            <source>%1 held, but the place has no %2</source>
            <translation>%1 opbevares, men stedet har ingen %2</translation>
        </message>
    </context>
    <context>
        <name>ExcursionsTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="62" />
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="186" />
            <source>All places</source>
            <translation>Alle steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="63" />
            <source>&amp;Record…</source>
            <translation>&amp;Registrér…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="64" />
            <source>&amp;Import logger file…</source>
            <translation>&amp;Importér loggerfil…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="65" />
            <source>&amp;Print report…</source>
            <translation>&amp;Udskriv rapport…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="67" />
            <source>P&amp;lace</source>
            <translation>S&amp;ted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="79" />
            <source>No temperature excursions recorded.</source>
            <translation>Ingen temperaturudsving registreret.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="97" />
            <source>Choose an excursion to see the lots it holds.</source>
            <translation>Vælg et udsving for at se de partier, det tilbageholder.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="99" />
            <source>&amp;Decide…</source>
            <translation>&amp;Beslut…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="102" />
            <source>Held lots cannot be picked, given, sent or thawed until decided. The suggestion follows the product's stability rule; a pharmacist decides.</source>
            <translation>Tilbageholdte partier kan ikke plukkes, gives, sendes eller optøs, før der er truffet en beslutning. Forslaget følger produktets stabilitetsregel; en farmaceut beslutter.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="135" />
            <source>Place</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="136" />
            <source>Storage</source>
            <translation>Opbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="137" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="138" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="139" />
            <source>Hours</source>
            <translation>Timer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="140" />
            <source>Lowest</source>
            <translation>Laveste</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="141" />
            <source>Highest</source>
            <translation>Højeste</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="142" />
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="143" />
            <source>Typed in</source>
            <translation>Indtastet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="144" />
            <source>Recorded %1 by %2</source>
            <translation>Registreret %1 af %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="146" />
            <source>Held</source>
            <translation>Tilbageholdt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="147" />
            <source>%1 of %2</source>
            <translation>%1 af %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="149" />
            <source>Lots still held (not decided) of the lots it held</source>
            <translation>Partier stadig tilbageholdt (ikke afgjort) af de partier, det tilbageholdt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="154" />
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="155" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="156" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="157" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="158" />
            <source>%1 there now</source>
            <translation>%1 der nu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="159" />
            <source>Stability</source>
            <translation>Stabilitet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="161" />
            <source>Suggested</source>
            <translation>Forslag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="163" />
            <source>Decision</source>
            <translation>Beslutning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="165" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="242" />
            <source>Excursion #%1 at %2</source>
            <translation>Udsving #%1 på %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="245" />
            <source>%1 of %2 lot(s) still held</source>
            <translation>%1 af %2 partier stadig tilbageholdt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="282" />
            <source>excursion</source>
            <translation>udsving</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursions_tab.py" line="291" />
            <source>Temperature excursion #%1</source>
            <translation>Temperaturudsving #%1</translation>
        </message>
    </context>
    <context>
        <name>ExpiryBanner</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/banner.py" line="52" />
            <source>Show</source>
            <translation>Vis</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/banner.py" line="52" />
            <source>Open the Expiry and stock-outs page</source>
            <translation>Åbn siden Udløb og mangler</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/banner.py" line="57" />
            <source>Dismiss until tomorrow</source>
            <translation>Skjul til i morgen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/banner.py" line="76" />
            <source>Expiry today (%1):</source>
            <translation>Udløb i dag (%1):</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/banner.py" line="79" />
            <source>Soonest:</source>
            <translation>Først:</translation>
        </message>
    </context>
    <context>
        <name>ExpiryChart</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/chart.py" line="94" />
            <source>No stock to show</source>
            <translation>Ingen beholdning at vise</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/chart.py" line="155" />
            <source>Expired</source>
            <translation>Udløbet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/chart.py" line="159" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/chart.py" line="160" />
            <source>Doses reaching their use-by date per week</source>
            <translation>Doser der når sidste anvendelsesdato, pr. uge</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/chart.py" line="162" />
            <source>later: %Ln dose(s)</source>
            <translation>
                <numerusform>senere: %Ln dosis</numerusform>
                <numerusform>senere: %Ln doser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/chart.py" line="176" />
            <source>Nothing expires in these weeks</source>
            <translation>Intet udløber i disse uger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/chart.py" line="185" />
            <source>wk %1</source>
            <translation>uge %1</translation>
        </message>
    </context>
    <context>
        <name>ExpiryModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="77" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="80" />
            <source>Location kind</source>
            <translation>Stedtype</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="82" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="84" />
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="87" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="88" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="89" />
            <source>Use by: the expiry date, or earlier once thawed</source>
            <translation>Anvendes senest: udløbsdatoen, eller tidligere når optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="90" />
            <source>Days left</source>
            <translation>Dage tilbage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="92" />
            <source>Days until the use-by date; negative once expired</source>
            <translation>Dage til sidste anvendelsesdato; negativt når udløbet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="93" />
            <source>Thawed</source>
            <translation>Optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="94" />
            <source>The day the stock was thawed (its shorter shelf life started)</source>
            <translation>Dagen beholdningen blev optøet (dens kortere holdbarhed begyndte)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="95" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="96" />
            <source>Window</source>
            <translation>Vindue</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="97" />
            <source>The expiry window the use-by date falls in</source>
            <translation>Det udløbsvindue sidste anvendelsesdato falder i</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="168" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/model.py" line="174" />
            <source>Expiry date %1; thawed %2</source>
            <translation>Udløbsdato %1; optøet %2</translation>
        </message>
    </context>
    <context>
        <name>ExpiryPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/page.py" line="46" />
            <source>Overview</source>
            <translation>Overblik</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/page.py" line="47" />
            <source>At risk</source>
            <translation>I risiko</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/page.py" line="48" />
            <source>Discard</source>
            <translation>Kassér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/page.py" line="49" />
            <source>Recall</source>
            <translation>Tilbagekald</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/page.py" line="50" />
            <source>Wastage</source>
            <translation>Spild</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/page.py" line="51" />
            <source>Stock-outs</source>
            <translation>Mangler</translation>
        </message>
    </context>
    <context>
        <name>ExpiryStatusLabel</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/status_label.py" line="29" />
            <source>Expired and soon-expiring stock in the region. Click to open the Expiry and stock-outs page.</source>
            <translation>Udløbet og snart udløbende beholdning i regionen. Klik for at åbne siden Udløb og mangler.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/status_label.py" line="37" />
            <source>Expired: %1 doses</source>
            <translation>Udløbet: %1 doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/status_label.py" line="42" />
            <source>%1: %2 doses</source>
            <translation>%1: %2 doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/status_label.py" line="48" />
            <source>at risk: %1</source>
            <translation>i risiko: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/status_label.py" line="55" />
            <source>%Ln site(s) running out</source>
            <translation>
                <numerusform>%Ln sted løber tør</numerusform>
                <numerusform>%Ln steder løber tør</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/status_label.py" line="62" />
            <source>Expired and soon-expiring stock in the region: %1 is stock not yet expired whose use-by is 0 to %2 days from today. Click to open the Expiry and stock-outs page.</source>
            <translation>Udløbet og snart udløbende lager i regionen: %1 er lager, der endnu ikke er udløbet, og som skal anvendes senest om 0 til %2 dage. Klik for at åbne siden Udløb og mangler.</translation>
        </message>
    </context>
    <context>
        <name>ExpiryTexts</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="26" />
            <source>Expired</source>
            <translation>Udløbet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="28" />
            <source>Later</source>
            <translation>Senere</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="32" />
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="37" />
            <source>≤ %Ln day(s)</source>
            <translation>
                <numerusform>≤ %Ln dag</numerusform>
                <numerusform>≤ %Ln dage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="33" />
            <source>%1–%2 days</source>
            <translation>%1–%2 dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="41" />
            <source>Stock past its use-by date</source>
            <translation>Lager, hvis sidste anvendelsesdato er passeret</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="43" />
            <source>Use-by more than %Ln day(s) from today</source>
            <translation>
                <numerusform>Anvendes senest om mere end %Ln dag</numerusform>
                <numerusform>Anvendes senest om mere end %Ln dage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="46" />
            <source>Use-by %1 to %2 days from today (not yet expired)</source>
            <translation>Anvendes senest om %1 til %2 dage (endnu ikke udløbet)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="51" />
            <source>%1 doses have expired (%Ln lot(s))</source>
            <translation>
                <numerusform>%1 doser er udløbet (%Ln batch)</numerusform>
                <numerusform>%1 doser er udløbet (%Ln batcher)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="55" />
            <source>%1 doses expire within %2 days (%Ln lot(s))</source>
            <translation>
                <numerusform>%1 doser udløber inden for %2 dage (%Ln batch)</numerusform>
                <numerusform>%1 doser udløber inden for %2 dage (%Ln batcher)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="61" />
            <source>%1 doses will not be used in time at the expected rate of use (%Ln lot(s))</source>
            <translation>
                <numerusform>%1 doser bliver ikke brugt i tide med det forventede forbrug (%Ln batch)</numerusform>
                <numerusform>%1 doser bliver ikke brugt i tide med det forventede forbrug (%Ln batcher)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="66" />
            <source>last day today</source>
            <translation>sidste dag i dag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="66" />
            <source>%Ln day(s) left</source>
            <translation>
                <numerusform>%Ln dag tilbage</numerusform>
                <numerusform>%Ln dage tilbage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="70" />
            <source>%1 %2: use by %3 (%4), %5 doses at %Ln location(s)</source>
            <translation>
                <numerusform>%1 %2: anvendes senest %3 (%4), %5 doser på %Ln sted</numerusform>
                <numerusform>%1 %2: anvendes senest %3 (%4), %5 doser på %Ln steder</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="81" />
            <source>CSV for Danish Excel, semicolon-separated (*.csv)</source>
            <translation>CSV til dansk Excel, semikolonsepareret (*.csv)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="83" />
            <source>CSV, comma-separated (*.csv)</source>
            <translation>CSV, kommasepareret (*.csv)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="84" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-projektmappe (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="125" />
            <source>Export stock</source>
            <translation>Eksportér lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="130" />
            <source>Export movements</source>
            <translation>Eksportér bevægelser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="205" />
            <source>Exporting consumption…</source>
            <translation>Eksporterer forbrug…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="211" />
            <source>Exporting movements…</source>
            <translation>Eksporterer bevægelser…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="217" />
            <source>Exporting stock…</source>
            <translation>Eksporterer lager…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="235" />
            <source>Export cancelled; %1 was not written.</source>
            <translation>Eksporten er annulleret; %1 blev ikke skrevet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="241" />
            <source>Exported %Ln row(s) to %1</source>
            <translation>
                <numerusform>Eksporterede %Ln række til %1</numerusform>
                <numerusform>Eksporterede %Ln rækker til %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstAdministratorDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="123" />
            <source>Set up: the first administrator</source>
            <translation>Opsætning: den første administrator</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="125" />
            <source>This database has no users yet. Create the first administrator: the person who then adds the others in Settings › Users and gives each a role.</source>
            <translation>Databasen har endnu ingen brugere. Opret den første administrator: den person, der derefter opretter de andre under Indstillinger › Brugere og giver hver en rolle.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="128" />
            <source>Create and sign in</source>
            <translation>Opret og log ind</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="139" />
            <source>at least %1 characters</source>
            <translation>mindst %1 tegn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="141" />
            <source>User name</source>
            <translation>Brugernavn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="142" />
            <source>Full name</source>
            <translation>Fulde navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="143" />
            <source>Password</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="144" />
            <source>Password again</source>
            <translation>Adgangskode igen</translation>
        </message>
    </context>
    <context>
        <name>ForecastModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="29" />
            <source>earlier seasons × %1</source>
            <translation>tidligere sæsoner × %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="30" />
            <source>programme's seasons × %1</source>
            <translation>programmets sæsoner × %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="31" />
            <source>recent average</source>
            <translation>seneste gennemsnit</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="32" />
            <source>nothing given</source>
            <translation>intet givet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="49" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="50" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="51" />
            <source>Site</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="52" />
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="41" />
            <source>Week %1</source>
            <translation>Uge %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="54" />
            <source>Total</source>
            <translation>I alt</translation>
        </message>
    </context>
    <context>
        <name>ForecastTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="67" />
            <source>Doses each site is expected to give per week: the same weeks of earlier seasons scaled to this season's uptake so far; without an earlier season the average of the last four weeks.</source>
            <translation>Doser, hvert sted forventes at give pr. uge: de samme uger i tidligere sæsoner skaleret til denne sæsons tilslutning indtil nu; uden en tidligere sæson gennemsnittet af de seneste fire uger.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="72" />
            <source>Backtest of the last season: calculating…</source>
            <translation>Efterprøvning af sidste sæson: beregner …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="100" />
            <source>%1: MAPE %2</source>
            <translation>%1: MAPE %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="107" />
            <source>Backtest of season %1 (each week forecast from what was known before it): %2</source>
            <translation>Efterprøvning af sæson %1 (hver uge forudsagt ud fra det, der var kendt før den): %2</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/form_dialog.py" line="36" />
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/form_dialog.py" line="37" />
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="67" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/form_dialog.py" line="87" />
            <source>Saving…</source>
            <translation>Gemmer …</translation>
        </message>
    </context>
    <context>
        <name>GeneralTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="74" />
            <source>Last 4 weeks</source>
            <translation>Seneste 4 uger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="75" />
            <source>Forecast</source>
            <translation>Prognose</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="129" />
            <source>Use in round proposals</source>
            <translation>Forbrug i rundeforslag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="133" />
            <source>What a round proposal and the stock-out warnings expect a site to use: its use over the last 4 weeks, or the demand forecast for the weeks the round covers (the last 4 weeks where the forecast has nothing for the site).</source>
            <translation>Hvad et rundeforslag og advarslerne om mangler regner med, at et sted bruger: dets forbrug de seneste 4 uger, eller prognosen for de uger, runden skal dække (de seneste 4 uger, hvor prognosen intet har for stedet).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="44" />
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="59" />
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="65" />
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="52" />
            <source> min</source>
            <translation> min.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="53" />
            <source>never</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="67" />
            <source>delivery every</source>
            <translation>levering hver</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="69" />
            <source>cover target</source>
            <translation>dækningsmål</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="81" />
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="92" />
            <source>Back-dating window</source>
            <translation>Tilbagedatering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="95" />
            <source>How many days back a movement may be dated when it is entered late.</source>
            <translation>Hvor mange dage tilbage en bevægelse må dateres, når den registreres for sent.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="99" />
            <source>Home pharmacy</source>
            <translation>Eget sygehusapotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="103" />
            <source>The pharmacy this installation works for; deliveries from SSI are received here. Nothing can be received, distributed or reported until it is chosen.</source>
            <translation>Det sygehusapotek, denne installation arbejder for; leverancer fra SSI modtages her. Intet kan modtages, distribueres eller indberettes, før det er valgt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="109" />
            <source>Lock after</source>
            <translation>Lås efter</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="113" />
            <source>Minutes without keyboard or mouse before the window locks and asks for the password again (0: never). For every workstation; administrators only.</source>
            <translation>Minutter uden tastatur eller mus, før vinduet låses og beder om adgangskoden igen (0: aldrig). Gælder alle arbejdsstationer; kun administratorer kan ændre det.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="119" />
            <source>Days between rounds</source>
            <translation>Dage mellem runder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="123" />
            <source>When no round is planned for a site, its next round is taken to be this many days from today: a site that will run out before then is listed under Stock-outs.</source>
            <translation>Når der ikke er planlagt en runde til et sted, regnes dets næste runde til at være så mange dage fra i dag: et sted, der løber tør inden da, vises under Mangler.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="140" />
            <source>Orders to SSI</source>
            <translation>Bestilling hos SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="144" />
            <source>The suggested order (Planning › Order) keeps the region supplied until the next delivery and then still holding the cover target's days of expected use.</source>
            <translation>Den foreslåede bestilling (Planlægning › Bestilling) holder regionen forsynet til næste levering og derefter stadig med dækningsmålets dage af forventet forbrug.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="150" />
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="153" />
            <source>A setting of this computer. It takes effect when the program is restarted.</source>
            <translation>En indstilling på denne computer. Den træder i kraft, når programmet startes igen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="185" />
            <source>(not chosen yet)</source>
            <translation>(ikke valgt endnu)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="217" />
            <source>Saved.</source>
            <translation>Gemt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="219" />
            <source>Restart the program to change the language.</source>
            <translation>Start programmet igen for at skifte sprog.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="238" />
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="246" />
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="255" />
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="264" />
            <location filename="../../pharmacy_app/ui/settings/general_tab.py" line="267" />
            <source>Saving…</source>
            <translation>Gemmer …</translation>
        </message>
    </context>
    <context>
        <name>HeldStock</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/marks.py" line="106" />
            <source>Held where it is: it cannot be picked, given, sent or thawed until a pharmacist decides on the excursion (Cold chain, Temperature excursions).</source>
            <translation>Tilbageholdt hvor det er: kan ikke plukkes, gives, sendes eller optøs, før en farmaceut har besluttet om udsvinget (Kølekæde, Temperaturudsving).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/marks.py" line="111" />
            <source>Held in quarantine: in stock but cannot be picked until a pharmacist releases it or discards it.</source>
            <translation>Tilbageholdt i karantæne: på lager, men kan ikke plukkes, før en farmaceut frigiver eller kasserer det.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/marks.py" line="120" />
            <source>Held – temperature excursion #%1</source>
            <translation>Tilbageholdt – temperaturudsving #%1</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="65" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="66" />
            <source>Movement number</source>
            <translation>Bevægelsens nummer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="67" />
            <source>When</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="68" />
            <source>When it happened</source>
            <translation>Hvornår det skete</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="69" />
            <source>What</source>
            <translation>Hændelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="70" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="72" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="74" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="75" />
            <source>Who</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="76" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="77" />
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="79" />
            <source>Note</source>
            <translation>Bemærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="81" />
            <source>Correction</source>
            <translation>Tilbageførsel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="84" />
            <source>Recorded</source>
            <translation>Registreret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="85" />
            <source>When it was entered</source>
            <translation>Hvornår det blev registreret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="156" />
            <source>Click, or press Enter, to go to movement #%1</source>
            <translation>Klik, eller tryk Enter, for at gå til bevægelse #%1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="163" />
            <source>reverses #%1</source>
            <translation>tilbagefører nr. %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_model.py" line="165" />
            <source>reversed by #%1</source>
            <translation>tilbageført af nr. %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryPane</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="52" />
            <source>Select a row above to see every movement of its lot.</source>
            <translation>Vælg en række ovenfor for at se alle bevægelser af batchen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="70" />
            <source>Reverse…</source>
            <translation>Tilbagefør…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="71" />
            <source>Undo the selected movement with a reason: its mirror image is posted now</source>
            <translation>Fortryd den valgte bevægelse med en begrundelse: dens spejlbillede bogføres nu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="138" />
            <source>Lot history</source>
            <translation>Batchens historik</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="141" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="142" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="143" />
            <source>Expiry</source>
            <translation>Udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="144" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="153" />
            <source>Thawed</source>
            <translation>Optøet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="156" />
            <source>%Ln movement(s)</source>
            <translation>
                <numerusform>%Ln bevægelse</numerusform>
                <numerusform>%Ln bevægelser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="171" />
            <source>Select a movement in the lot's history to reverse it.</source>
            <translation>Vælg en bevægelse i partiets historik for at tilbageføre den.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="173" />
            <source>Movement #%1 is itself a reversal; post the movement again instead.</source>
            <translation>Bevægelse #%1 er selv en tilbageførsel; bogfør bevægelsen igen i stedet.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="177" />
            <source>Movement #%1 is part of a thaw, which cannot be reversed: thawed stock is never refrozen.</source>
            <translation>Bevægelse #%1 er en del af en optøning, som ikke kan tilbageføres: optøet lager nedfryses aldrig igen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="181" />
            <source>Movement #%1 has already been reversed by #%2.</source>
            <translation>Bevægelse #%1 er allerede tilbageført af #%2.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="215" />
            <source>Go to movement #%1</source>
            <translation>Gå til bevægelse #%1</translation>
        </message>
    </context>
    <context>
        <name>HomeGate</name>
        <message>
            <location filename="../../pharmacy_app/ui/setup/home_gate.py" line="39" />
            <source>No home pharmacy is chosen yet. Choose the pharmacy this installation works for before the first delivery is received.</source>
            <translation>Der er endnu ikke valgt et sygehusapotek for installationen. Vælg det apotek, installationen arbejder for, før den første levering modtages.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/home_gate.py" line="45" />
            <source>Choose home pharmacy…</source>
            <translation>Vælg eget sygehusapotek…</translation>
        </message>
    </context>
    <context>
        <name>HomePharmacyDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/setup/home_pharmacy_dialog.py" line="27" />
            <source>Home pharmacy</source>
            <translation>Eget sygehusapotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/home_pharmacy_dialog.py" line="32" />
            <source>Choose the pharmacy this installation works for. Deliveries from SSI are received there, and the sites of its region are the ones it supplies. It can be changed later under Settings, General.</source>
            <translation>Vælg det sygehusapotek, installationen arbejder for. Leverancer fra SSI modtages dér, og det er stederne i apotekets region, der forsynes. Det kan ændres senere under Indstillinger, Generelt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/home_pharmacy_dialog.py" line="42" />
            <source>Choose the region's pharmacy…</source>
            <translation>Vælg regionens sygehusapotek…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/home_pharmacy_dialog.py" line="43" />
            <source>&amp;Pharmacy</source>
            <translation>&amp;Apotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/home_pharmacy_dialog.py" line="50" />
            <source>Choose</source>
            <translation>Vælg</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/home_pharmacy_dialog.py" line="50" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/home_pharmacy_dialog.py" line="96" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="183" />
            <source>Import a data logger file</source>
            <translation>Importér en dataloggerfil</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="189" />
            <source>&amp;Choose file…</source>
            <translation>&amp;Vælg fil…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="194" />
            <source>&amp;Place</source>
            <translation>&amp;Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="194" />
            <source>&amp;Storage</source>
            <translation>O&amp;pbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="198" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="205" />
            <source>&amp;Save and hold</source>
            <translation>&amp;Gem og tilbagehold</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="205" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="227" />
            <source>Data logger file</source>
            <translation>Dataloggerfil</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="227" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="243" />
            <source>Reading the file…</source>
            <translation>Læser filen…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="264" />
            <source>%Ln reading(s) in columns %1 and %2; %3: allowed %4 to %5.</source>
            <translation>
                <numerusform>%Ln måling i kolonnerne %1 og %2; %3: tilladt %4 til %5.</numerusform>
                <numerusform>%Ln målinger i kolonnerne %1 og %2; %3: tilladt %4 til %5.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="269" />
            <source>%Ln excursion(s) found:</source>
            <translation>
                <numerusform>%Ln udsving fundet:</numerusform>
                <numerusform>%Ln udsving fundet:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="270" />
            <source>No readings outside the range: nothing to record.</source>
            <translation>Ingen målinger uden for området: intet at registrere.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="274" />
            <source>%1 – %2: %3 to %4 (%5 h)</source>
            <translation>%1 – %2: %3 til %4 (%5 t)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="288" />
            <source>Saving the excursions…</source>
            <translation>Gemmer udsvingene…</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="61" />
            <source>Import delivery note</source>
            <translation>Importér følgeseddel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="76" />
            <source>Row</source>
            <translation>Række</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="76" />
            <source>Column</source>
            <translation>Kolonne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="76" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="83" />
            <source>Rows</source>
            <translation>Rækker</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="84" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="85" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="86" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="87" />
            <source>Expiry</source>
            <translation>Udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="88" />
            <source>Storage</source>
            <translation>Opbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="89" />
            <source>Packs</source>
            <translation>Pakninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="90" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="103" />
            <source>I confirm receiving short-dated lots</source>
            <translation>Jeg bekræfter modtagelse af kortdaterede batcher</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="107" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="108" />
            <source>&amp;Import and post</source>
            <translation>&amp;Importér og bogfør</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="112" />
            <source>Receive every line of the note into stock in one go; nothing is received if anything is wrong</source>
            <translation>Modtag alle følgesedlens linjer på lager på én gang; intet modtages, hvis noget er galt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="123" />
            <source>Lines to receive</source>
            <translation>Linjer der modtages</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="192" />
            <source>%Ln problem(s) stop the import</source>
            <translation>
                <numerusform>%Ln problem forhindrer importen</numerusform>
                <numerusform>%Ln problemer forhindrer importen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="199" />
            <source>No errors in the file, but %Ln short-dated lot(s) need your confirmation below</source>
            <translation>
                <numerusform>Ingen fejl i filen, men %Ln kortdateret batch skal bekræftes nedenfor</numerusform>
                <numerusform>Ingen fejl i filen, men %Ln kortdaterede batcher skal bekræftes nedenfor</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="206" />
            <source>No problems found</source>
            <translation>Ingen problemer fundet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="214" />
            <source>%Ln line(s)</source>
            <translation>
                <numerusform>%Ln linje</numerusform>
                <numerusform>%Ln linjer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="215" />
            <source>%1 packs · %2 doses</source>
            <translation>%1 pakninger · %2 doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="216" />
            <source>Delivery note</source>
            <translation>Følgeseddel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="217" />
            <source>Delivered</source>
            <translation>Leveret</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="248" />
            <source>%Ln short-dated lot(s) need your confirmation:</source>
            <translation>
                <numerusform>%Ln kortdateret batch skal bekræftes:</numerusform>
                <numerusform>%Ln kortdaterede batcher skal bekræftes:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="261" />
            <source>Nothing can be imported until the file is corrected: the note is received whole or not at all.</source>
            <translation>Intet kan importeres, før filen er rettet: følgesedlen modtages helt eller slet ikke.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="265" />
            <source>The note can be imported once you confirm the short-dated lots.</source>
            <translation>Følgesedlen kan importeres, når du har bekræftet de kortdaterede batcher.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="268" />
            <source>The note can be imported: every line will be received and posted.</source>
            <translation>Følgesedlen kan importeres: alle linjer modtages og bogføres.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="279" />
            <source>Importing the delivery note…</source>
            <translation>Importerer følgesedlen…</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="21" />
            <source>Receipt</source>
            <translation>Modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="22" />
            <source>Transfer</source>
            <translation>Overførsel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="23" />
            <source>Administered</source>
            <translation>Givet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="24" />
            <source>Discard</source>
            <translation>Kassation</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="25" />
            <source>Stocktake</source>
            <translation>Lageroptælling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="26" />
            <source>Reversal</source>
            <translation>Tilbageførsel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="27" />
            <source>Thaw</source>
            <translation>Optøning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="28" />
            <source>Release from quarantine</source>
            <translation>Frigivelse fra karantæne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="32" />
            <source>Statens Serum Institut</source>
            <translation>Statens Serum Institut</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="33" />
            <source>Given to citizens</source>
            <translation>Givet til borgere</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="34" />
            <source>Discarded</source>
            <translation>Kasseret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="35" />
            <source>Stocktake adjustment</source>
            <translation>Lageroptælling (regulering)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="36" />
            <source>Another region</source>
            <translation>Anden region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="37" />
            <source>In transit</source>
            <translation>Undervejs</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="38" />
            <source>Thawing</source>
            <translation>Optøning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="42" />
            <source>vial</source>
            <translation>hætteglas</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="43" />
            <source>prefilled syringe</source>
            <translation>fyldt injektionssprøjte</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="44" />
            <source>nasal applicator</source>
            <translation>næsespray-applikator</translation>
        </message>
    </context>
    <context>
        <name>LineChanges</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_changes.py" line="42" />
            <source>Line %1 changed</source>
            <translation>Linje %1 ændret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_changes.py" line="45" />
            <source>Changing the line…</source>
            <translation>Ændrer linjen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_changes.py" line="59" />
            <source>Line %1 removed: %2 %3</source>
            <translation>Linje %1 fjernet: %2 %3</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_changes.py" line="69" />
            <source>Removing the line…</source>
            <translation>Fjerner linjen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_changes.py" line="82" />
            <source>Put on hold</source>
            <translation>Tilbagehold</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_changes.py" line="84" />
            <source>Why is line %1 (%2 %3) held?</source>
            <translation>Hvorfor tilbageholdes linje %1 (%2 %3)?</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_changes.py" line="105" />
            <source>Change packs…	F2</source>
            <translation>Ret antal pakninger…	F2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_changes.py" line="109" />
            <source>Take off hold</source>
            <translation>Ophæv tilbageholdelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_changes.py" line="109" />
            <source>Put on hold…</source>
            <translation>Tilbagehold…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_changes.py" line="111" />
            <source>Storage</source>
            <translation>Opbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_changes.py" line="119" />
            <source>Remove line	Del</source>
            <translation>Fjern linje	Del</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_changes.py" line="122" />
            <source>Thaw…	Ctrl+T</source>
            <translation>Optø…	Ctrl+T</translation>
        </message>
    </context>
    <context>
        <name>LineForm</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="47" />
            <source>Type a line</source>
            <translation>Indtast en linje</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="58" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="72" />
            <source>Storage condition on arrival; a frozen product that arrives at 2–8 °C is received thawed</source>
            <translation>Opbevaring ved ankomst; en frostvare, der ankommer ved 2–8 °C, modtages optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="74" />
            <source>On &amp;hold</source>
            <translation>&amp;Tilbagehold</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="77" />
            <source>Cold chain in doubt: receive into quarantine, not pickable until a pharmacist releases it</source>
            <translation>Kølekæden er i tvivl: modtag i karantæne; kan ikke plukkes, før en farmaceut frigiver det</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="82" />
            <source>Reason, e.g. temperature logger alarm</source>
            <translation>Årsag, fx alarm fra temperaturlogger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="85" />
            <source>&amp;Add line</source>
            <translation>Tilføj &amp;linje</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="85" />
            <source>Add the typed line to the receipt (Enter in the form, Alt+A)</source>
            <translation>Tilføj den indtastede linje til modtagelsen (Enter i formularen, Alt+L)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="94" />
            <source>&amp;Product</source>
            <translation>&amp;Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="95" />
            <source>&amp;Batch</source>
            <translation>&amp;Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="96" />
            <source>E&amp;xpiry</source>
            <translation>&amp;Udløb</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="97" />
            <source>Pac&amp;ks</source>
            <translation>Pa&amp;kninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="98" />
            <source>&amp;Storage</source>
            <translation>O&amp;pbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="116" />
            <source>Choose a product…</source>
            <translation>Vælg en vare…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="117" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="159" />
            <source>a product</source>
            <translation>en vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="161" />
            <source>the batch</source>
            <translation>batchnummeret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="163" />
            <source>the expiry date</source>
            <translation>udløbsdatoen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/line_form.py" line="165" />
            <source>the reason for the hold</source>
            <translation>årsagen til tilbageholdelsen</translation>
        </message>
    </context>
    <context>
        <name>LinesModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="225" />
            <source>The lot picked; earliest use-by first unless changed with a reason</source>
            <translation>Den plukkede batch; tidligste anvendelsesdato først, medmindre den er skiftet med en årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="226" />
            <source>Use by: the expiry date, or earlier once thawed</source>
            <translation>Anvendes senest: udløbsdatoen, eller tidligere når optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="228" />
            <source>Whole vials, syringes or applicators to pack</source>
            <translation>Hele hætteglas, sprøjter eller applikatorer, der skal pakkes</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="229" />
            <source>Doses the site confirmed it received</source>
            <translation>Doser, stedet har kvitteret for</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="230" />
            <source>Why another lot than FEFO's was chosen, or why less was received</source>
            <translation>Hvorfor en anden batch end FEFO's blev valgt, eller hvorfor der kom mindre</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="258" />
            <source>Site</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="259" />
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="197" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="261" />
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="211" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="265" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="269" />
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="216" />
            <source>Thawed</source>
            <translation>Optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="270" />
            <source>Units</source>
            <translation>Enheder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="271" />
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="255" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="272" />
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="278" />
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="288" />
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="227" />
            <source>The day the stock was thawed, or is thawed on dispatch for a site that keeps it only cold</source>
            <translation>Dagen, lageret blev optøet, eller optøs ved afsendelse til et sted, der kun kan opbevare det på køl</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="321" />
            <source>On dispatch %1</source>
            <translation>Ved afsendelse %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="327" />
            <source>The site keeps this product only at 2–8 °C: the frozen lot is thawed when the round is dispatched, and the site must use it by %1</source>
            <translation>Stedet kan kun opbevare denne vare ved 2–8 °C: det frosne parti optøs, når runden sendes, og stedet skal anvende det senest %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="342" />
            <source>Change the lot (Change lot…) before the round is dispatched.</source>
            <translation>Skift batch (Skift batch …), før runden afsendes.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="346" />
            <source>Batch %1, expiry %2</source>
            <translation>Batch %1, udløb %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="348" />
            <source>Chosen instead of the FEFO lot: %1</source>
            <translation>Valgt i stedet for FEFO-batchen: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="353" />
            <source>Thawed on dispatch: used by this date at the site (frozen expiry %1)</source>
            <translation>Optøs ved afsendelse: anvendes senest denne dato på stedet (udløb som frossen %1)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="358" />
            <source>Earlier than the expiry date (%1) because the stock is thawed</source>
            <translation>Før udløbsdatoen (%1), fordi lageret er optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="366" />
            <source>Dispatched %1, received %2: %3</source>
            <translation>Afsendt %1, modtaget %2: %3</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="176" />
            <source>hidden</source>
            <translation>skjult</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="178" />
            <source>Blind count: hidden from the counter until a reviewer shows the expected figures</source>
            <translation>Blind optælling: skjult for den, der tæller, indtil en kontrollant viser de forventede tal</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="181" />
            <source>The difference is above the approval threshold: a second person must approve it</source>
            <translation>Afvigelsen er over godkendelsesgrænsen: en anden person skal godkende den</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="199" />
            <source> (found)</source>
            <translation> (fundet)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="201" />
            <source>Item no. %1</source>
            <translation>Varenr. %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="203" />
            <source>Not expected here: found while counting</source>
            <translation>Ikke forventet her: fundet under optællingen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="207" />
            <source>Recalled batch</source>
            <translation>Tilbagekaldt batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="213" />
            <source>Expiry</source>
            <translation>Udløb</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="220" />
            <source>Unit</source>
            <translation>Enhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="222" />
            <source>Expected</source>
            <translation>Forventet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="225" />
            <source>Units the ledger held here when the count started, in the unit counted</source>
            <translation>Enheder, som lagerbogen havde her, da optællingen startede, i den enhed der tælles</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="233" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dosis</numerusform>
                <numerusform>%Ln doser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="239" />
            <source>Counted</source>
            <translation>Optalt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="241" />
            <source>Whole vials, syringes or applicators counted</source>
            <translation>Hele hætteglas, sprøjter eller applikatorer optalt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="249" />
            <source>Type the whole units counted and press Enter, or scan each pack</source>
            <translation>Tast antal hele enheder optalt og tryk Enter, eller scan hver pakning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="257" />
            <source>Doses counted: the units counted times doses per unit</source>
            <translation>Optalte doser: optalte enheder gange doser pr. enhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="262" />
            <source>Diff. doses</source>
            <translation>Afv. doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="274" />
            <source>Counted minus expected and moved during, in doses</source>
            <translation>Optalt minus forventet og flyttet under optællingen, i doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="277" />
            <source>Diff. units</source>
            <translation>Afv. enheder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="298" />
            <source>Choose why the count differs</source>
            <translation>Vælg hvorfor optællingen afviger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="304" />
            <source>Reason text</source>
            <translation>Årsagstekst</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="312" />
            <source>Moved during</source>
            <translation>Flyttet under</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="321" />
            <source>Doses of the lot moved in or out of this place since the count started and before it was counted: the difference accounts for them</source>
            <translation>Doser af partiet flyttet ind eller ud af stedet efter optællingens start og før det blev optalt: afvigelsen tager højde for dem</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="325" />
            <source>Counted by</source>
            <translation>Optalt af</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/tab_parts.py" line="67" />
            <source>Loading…</source>
            <translation>Henter …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/tab_parts.py" line="75" />
            <source>The list could not be loaded.</source>
            <translation>Listen kunne ikke hentes.</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="34" />
            <source>New site</source>
            <translation>Nyt sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="34" />
            <source>Edit site</source>
            <translation>Redigér sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="39" />
            <source>Short code, e.g. VC-HER</source>
            <translation>Kort kode, f.eks. VC-HER</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="48" />
            <source>(no region)</source>
            <translation>(ingen region)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="55" />
            <source>In use</source>
            <translation>I brug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="59" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="60" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="61" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="62" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="64" />
            <source>Street and number</source>
            <translation>Gade og nummer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="65" />
            <source>e.g. 2100 København Ø</source>
            <translation>f.eks. 2100 København Ø</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="66" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="67" />
            <source>Postcode and town</source>
            <translation>Postnr. og by</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="70" />
            <source>Storage</source>
            <translation>Opbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/location_dialog.py" line="95" />
            <source>Storage: tick at least one class of equipment the site has.</source>
            <translation>Opbevaring: markér mindst én klasse af udstyr, som stedet har.</translation>
        </message>
    </context>
    <context>
        <name>LocationListModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="81" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="82" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="83" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="85" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="86" />
            <source>Postcode and town</source>
            <translation>Postnr. og by</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="84" />
            <source>Storage</source>
            <translation>Opbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="87" />
            <source>In use</source>
            <translation>I brug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="87" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="87" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/signin/lock.py" line="83" />
            <source>Locked</source>
            <extracomment>Accepted after signing in as someone else (not merely unlocking).</extracomment>
            <translation>Låst</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/lock.py" line="84" />
            <source>The window is locked. %1.</source>
            <translation>Vinduet er låst. %1.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/lock.py" line="86" />
            <source>Enter the password to go on, or switch user.</source>
            <translation>Skriv adgangskoden for at fortsætte, eller skift bruger.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/lock.py" line="87" />
            <source>Unlock</source>
            <translation>Lås op</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/lock.py" line="93" />
            <source>Password</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/lock.py" line="97" />
            <source>Switch user…</source>
            <translation>Skift bruger…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="145" />
            <source>Planning</source>
            <translation>Planlægning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="121" />
            <source>Vaccine stock – hospital pharmacy</source>
            <translation>Vaccinelager – sygehusapotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="140" />
            <source>Stock</source>
            <translation>Lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="141" />
            <source>Receiving</source>
            <translation>Modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="142" />
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="143" />
            <source>Expiry and stock-outs</source>
            <translation>Udløb og mangler</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="144" />
            <source>Cold chain</source>
            <translation>Kølekæde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="146" />
            <source>Consumption</source>
            <translation>Forbrug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="147" />
            <source>Stocktake</source>
            <translation>Optælling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="148" />
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="149" />
            <source>Audit</source>
            <translation>Revision</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="150" />
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="208" />
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="209" />
            <source>Export &amp;stock…</source>
            <translation>Eksportér &amp;lager…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="211" />
            <source>Export &amp;movements…</source>
            <translation>Eksportér &amp;bevægelser…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="213" />
            <source>Export &amp;consumption…</source>
            <translation>Eksportér &amp;forbrug…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="222" />
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="228" />
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="229" />
            <source>&amp;Refresh</source>
            <translation>&amp;Opdatér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="233" />
            <source>&amp;Find in stock</source>
            <translation>&amp;Søg i lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="248" />
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="249" />
            <source>&amp;About</source>
            <translation>&amp;Om</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="258" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="261" />
            <source>User: %1</source>
            <translation>Bruger: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="396" />
            <source>About</source>
            <translation>Om</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="399" />
            <source>Vaccine lot logistics for hospital pharmacies, version %1</source>
            <translation>Vaccinelogistik for sygehusapoteker, version %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="402" />
            <source>Database: %1
User: %2</source>
            <translation>Database: %1
Bruger: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="426" />
            <source>%Ln lot(s)</source>
            <translation>
                <numerusform>%Ln batch</numerusform>
                <numerusform>%Ln batcher</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="427" />
            <source>%Ln location(s)</source>
            <translation>
                <numerusform>%Ln sted</numerusform>
                <numerusform>%Ln steder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="429" />
            <source>Stock: %Ln dose(s) · %2 at %3</source>
            <translation>
                <numerusform>Lager: %Ln dosis · %2 på %3</numerusform>
                <numerusform>Lager: %Ln doser · %2 på %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarkSentQuestion</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/mark_sent_question.py" line="21" />
            <source>Mark as sent to SSI</source>
            <translation>Markér som sendt til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/mark_sent_question.py" line="23" />
            <source>Mark %1 as sent to SSI for %2?</source>
            <translation>Markér %1 som sendt til SSI for %2?</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/mark_sent_question.py" line="27" />
            <source>This closes %1: a movement dated in %1 after this can only be posted by a coordinator who gives a reason, and it will show under Changes since sent.

The file is archived exactly as it is now. Marking the month again later adds a new version and keeps this one.</source>
            <translation>Det lukker %1: en bevægelse dateret i %1 kan herefter kun bogføres af en koordinator, der angiver en begrundelse, og den vises under Ændringer siden afsendelse.

Filen arkiveres præcis, som den er nu. Markeres måneden igen senere, tilføjes en ny version, og denne bevares.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/mark_sent_question.py" line="34" />
            <source>This is version %1: SSI can tell it from the version sent before.</source>
            <translation>Dette er version %1: SSI kan skelne den fra den version, der blev sendt før.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/mark_sent_question.py" line="41" />
            <source>Mark as sent</source>
            <translation>Markér som sendt</translation>
        </message>
    </context>
    <context>
        <name>NationalTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="60" />
            <source>Load the regions' workbooks…</source>
            <translation>Indlæs regionernes månedsrapporter…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="63" />
            <source>Choose the regions' monthly SSI workbooks (SSI_&lt;region&gt;_&lt;month&gt;.xlsx), several at once</source>
            <translation>Vælg regionernes månedsrapporter til SSI (SSI_&lt;region&gt;_&lt;måned&gt;.xlsx), gerne flere ad gangen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="67" />
            <source>Save as workbook…</source>
            <translation>Gem som regneark…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="69" />
            <source>Save as PDF…</source>
            <translation>Gem som PDF…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="72" />
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="265" />
            <source>No workbooks loaded yet.</source>
            <translation>Ingen månedsrapporter indlæst endnu.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="77" />
            <source>Use a week: the month's doses given over the days its report covers. Weeks of cover: stock over use a week; red under 2 weeks. Will expire unused: what the region cannot use before the use-by date, earliest expiry first.</source>
            <translation>Forbrug pr. uge: månedens givne doser over de dage, rapporten dækker. Ugers dækning: lager over forbrug pr. uge; rød under 2 uger. Udløber ubrugt: hvad regionen ikke når at bruge før anvendes senest, med tidligste udløb først.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="89" />
            <source>Load the regions' monthly workbooks to see the national picture.</source>
            <translation>Indlæs regionernes månedsrapporter for at se landsoverblikket.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="104" />
            <source>No surplus that another region can use before it expires.</source>
            <translation>Intet overskud, som en anden region kan nå at bruge før udløb.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="121" />
            <source>&amp;Show:</source>
            <translation>&amp;Vis:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="132" />
            <source>Proposed moves between regions</source>
            <translation>Forslag til omfordeling mellem regioner</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="152" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="154" />
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="258" />
            <source>Whole country</source>
            <translation>Hele landet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="156" />
            <source>Vaccine</source>
            <translation>Vaccine</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="157" />
            <source>Stock</source>
            <translation>Lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="159" />
            <source>Expiring ≤ 60 days</source>
            <translation>Udløber ≤ 60 dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="164" />
            <source>Given</source>
            <translation>Givet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="166" />
            <source>Wasted</source>
            <translation>Kasseret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="169" />
            <source>Use/week</source>
            <translation>Forbrug/uge</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="175" />
            <source>Weeks of cover</source>
            <translation>Ugers dækning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="182" />
            <source>Under 2 weeks of cover: this region will run short</source>
            <translation>Under 2 ugers dækning: regionen løber tør</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="188" />
            <source>Will expire unused</source>
            <translation>Udløber ubrugt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="198" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="200" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="205" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="207" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="210" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="216" />
            <source>Why</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="227" />
            <source>The regions' monthly SSI workbooks</source>
            <translation>Regionernes månedsrapporter til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="229" />
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="293" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-projektmappe (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="242" />
            <source>Reading the workbooks…</source>
            <translation>Læser månedsrapporterne…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="259" />
            <source>All regions</source>
            <translation>Alle regioner</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="269" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="271" />
            <source>provisional: some months have not ended</source>
            <translation>foreløbig: en måned er ikke slut</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="296" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="303" />
            <source>Save the national picture</source>
            <translation>Gem landsoverblikket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="316" />
            <source>Writing the workbook…</source>
            <translation>Skriver regnearket…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="326" />
            <source>Writing the PDF…</source>
            <translation>Skriver PDF'en…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/national_tab.py" line="348" />
            <source>Saved %1</source>
            <translation>Gemt: %1</translation>
        </message>
    </context>
    <context>
        <name>NewCountDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="40" />
            <source>New count</source>
            <translation>Ny optælling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="51" />
            <source>All programmes</source>
            <translation>Alle programmer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="56" />
            <source>All products</source>
            <translation>Alle produkter</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="63" />
            <source>Freezer and fridge</source>
            <translation>Fryser og køleskab</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="67" />
            <source>&amp;Blind count: hide the expected figures from the person counting</source>
            <translation>&amp;Blind optælling: skjul de forventede tal for den, der tæller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="75" />
            <source>&amp;Place</source>
            <translation>&amp;Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="76" />
            <source>P&amp;rogramme</source>
            <translation>P&amp;rogram</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="77" />
            <source>Pro&amp;duct</source>
            <translation>Pro&amp;dukt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="78" />
            <source>&amp;Storage</source>
            <translation>&amp;Opbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="86" />
            <source>Starting freezes what the ledger holds there now. Movements during the count are accounted for; lots found that are not on the list can be added by scanning or from a count file.</source>
            <translation>Ved start fastfryses det, lagerbogen har der nu. Bevægelser under optællingen medregnes; partier, der findes, men ikke er på listen, kan tilføjes ved scanning eller fra en optællingsfil.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="91" />
            <source>Start count</source>
            <translation>Start optælling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="91" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/new_count_dialog.py" line="117" />
            <source>Starting the count…</source>
            <translation>Starter optællingen…</translation>
        </message>
    </context>
    <context>
        <name>NewReceiptDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/new_receipt_dialog.py" line="28" />
            <source>New receipt</source>
            <translation>Ny modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/new_receipt_dialog.py" line="34" />
            <source>e.g. FS-2026-0412</source>
            <translation>fx FS-2026-0412</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/new_receipt_dialog.py" line="40" />
            <source>Delivery &amp;note no.</source>
            <translation>Følgeseddel&amp;nr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/new_receipt_dialog.py" line="42" />
            <source>&amp;Delivered</source>
            <translation>&amp;Leveret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/new_receipt_dialog.py" line="47" />
            <source>A draft for the same note number is opened again; a note already received is refused.</source>
            <translation>En kladde med samme følgeseddelnummer åbnes igen; en følgeseddel, der allerede er modtaget, afvises.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/new_receipt_dialog.py" line="49" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/new_receipt_dialog.py" line="49" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/new_receipt_dialog.py" line="74" />
            <source>Starting the receipt…</source>
            <translation>Starter modtagelsen…</translation>
        </message>
    </context>
    <context>
        <name>NewRoundDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="55" />
            <source>New distribution round</source>
            <translation>Ny distributionsrunde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="65" />
            <source>Optional, e.g. extra doses for the nursing-home week</source>
            <translation>Valgfri, fx ekstra doser til plejehjemsugen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="70" />
            <source>Filter sites by name, code or kind</source>
            <translation>Filtrér steder efter navn, kode eller type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="74" />
            <source>Site</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="74" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="74" />
            <source>Cover</source>
            <translation>Dækning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="84" />
            <source>All &amp;central</source>
            <translation>Alle &amp;centrale</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="84" />
            <source>Tick every central vaccination centre</source>
            <translation>Markér alle centrale vaccinationscentre</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="86" />
            <source>&amp;All</source>
            <translation>&amp;Alle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="86" />
            <source>Tick every site shown</source>
            <translation>Markér alle viste steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="87" />
            <source>N&amp;one</source>
            <translation>I&amp;ngen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="93" />
            <source>Every product the sites &amp;use</source>
            <translation>Alle varer, stederne &amp;bruger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="95" />
            <source>The products each site has used or holds; proposals follow its use</source>
            <translation>De varer, hvert sted har brugt eller har på lager; forslagene følger dets forbrug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="96" />
            <source>Only the products &amp;ticked:</source>
            <translation>Kun de &amp;markerede varer:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="105" />
            <source>&amp;Direct</source>
            <translation>&amp;Direkte</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="107" />
            <source>In &amp;transit</source>
            <translation>&amp;Undervejs</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="113" />
            <source>&amp;Split fairly when stock is short</source>
            <translation>&amp;Fordel ligeligt, når lageret ikke slår til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="117" />
            <source>Off: sites are served in the list's order until the stock runs out. On: every site gets about the same share of what it asked for.</source>
            <translation>Fra: stederne forsynes i listens rækkefølge, til lageret slipper op. Til: hvert sted får omtrent samme andel af det ønskede.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="124" />
            <source>Plan round</source>
            <translation>Planlæg runde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="124" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="129" />
            <source>&amp;Date</source>
            <translation>&amp;Dato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="131" />
            <source>&amp;Note</source>
            <translation>&amp;Bemærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="136" />
            <source>Sites</source>
            <translation>Steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="148" />
            <source>Products</source>
            <translation>Varer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="154" />
            <source>Dispatch</source>
            <translation>Afsendelse</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="224" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln dag</numerusform>
                <numerusform>%Ln dage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="226" />
            <source>Target cover: stock for %Ln day(s) of use at each site of this kind</source>
            <translation>
                <numerusform>Måldækning: lager til %Ln dags forbrug på hvert sted af denne type</numerusform>
                <numerusform>Måldækning: lager til %Ln dages forbrug på hvert sted af denne type</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="315" />
            <source>%Ln site(s) ticked</source>
            <translation>
                <numerusform>%Ln sted markeret</numerusform>
                <numerusform>%Ln steder markeret</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="341" />
            <source>Planning the round…</source>
            <translation>Planlægger runden …</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="226" />
            <source>Working…</source>
            <translation>Arbejder …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="259" />
            <source>Not possible</source>
            <translation>Ikke muligt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="263" />
            <source>Error</source>
            <translation>Fejl</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="264" />
            <source>Something went wrong. The action was not completed.</source>
            <translation>Noget gik galt. Handlingen blev ikke gennemført.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="275" />
            <source>Already done</source>
            <translation>Allerede gennemført</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="354" />
            <source>Please wait</source>
            <translation>Vent venligst</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="360" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="375" />
            <source>Cancelling…</source>
            <translation>Annullerer …</translation>
        </message>
    </context>
    <context>
        <name>OrderModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="79" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="80" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="81" />
            <source>Packs</source>
            <translation>Pakninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="82" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="83" />
            <source>Why</source>
            <translation>Begrundelse</translation>
        </message>
    </context>
    <context>
        <name>OrderTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="267" />
            <source>Export workbook for SSI…</source>
            <translation>Eksportér projektmappe til SSI …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="295" />
            <source>Expected deliveries and what came</source>
            <translation>Forventede leverancer og hvad der kom</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="261" />
            <source>No expected deliveries and nothing received from SSI in the last %1 days. Record SSI's announced deliveries and the pharmacy's own orders with “Add expected delivery…”: they are subtracted from the suggested order, and each delivery note received is listed here against them.</source>
            <translation>Ingen forventede leveringer og intet modtaget fra SSI de sidste %1 dage. Registrér SSI's varslede leveringer og apotekets egne bestillinger med “Tilføj forventet levering…”: de trækkes fra den foreslåede bestilling, og hver modtaget følgeseddel vises her op mod dem.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="271" />
            <source>&amp;Add expected delivery…</source>
            <translation>&amp;Tilføj forventet levering…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="272" />
            <source>A delivery SSI has announced, or an order the pharmacy has placed</source>
            <translation>En levering SSI har varslet, eller en bestilling apoteket har afgivet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="275" />
            <source>&amp;Cancel expected delivery…</source>
            <translation>&amp;Annullér forventet levering…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="276" />
            <source>The selected expected delivery will not come</source>
            <translation>Den valgte forventede levering kommer ikke</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="331" />
            <source>Suggested order: %1 packs of %2 products (delivery interval %3 days, cover target %4 days: Settings › General).</source>
            <translation>Foreslået bestilling: %1 pakninger af %2 varer (leveringsinterval %3 dage, dækningsmål %4 dage: Indstillinger › Generelt).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="385" />
            <source>Expected delivery recorded: %1 doses of %2 on %3.</source>
            <translation>Forventet levering registreret: %1 doser %2 den %3.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="388" />
            <source>Expected delivery cancelled: %1 doses of %2 on %3.</source>
            <translation>Forventet levering annulleret: %1 doser %2 den %3.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="404" />
            <source>Export the order</source>
            <translation>Eksportér bestillingen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="405" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-projektmappe (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="414" />
            <source>Written: %1</source>
            <translation>Skrevet: %1</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="147" />
            <source>How many weeks ahead the chart shows</source>
            <translation>Hvor mange uger frem diagrammet viser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="149" />
            <source>Windows…</source>
            <translation>Vinduer…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="151" />
            <source>Change the expiry windows (days left until the use-by date)</source>
            <translation>Ændr udløbsvinduerne (dage tilbage til sidste anvendelsesdato)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="160" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="161" />
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="162" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="163" />
            <source>Weeks in chart</source>
            <translation>Uger i diagram</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="175" />
            <source>Show all weeks</source>
            <translation>Vis alle uger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="249" />
            <source>Loading…</source>
            <translation>Henter…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="283" />
            <source>Showing stock past its use-by date only.</source>
            <translation>Viser kun beholdning efter sidste anvendelsesdato.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="287" />
            <source>Showing week %1 only: use-by %2 – %3.</source>
            <translation>Viser kun uge %1: anvendes senest %2 – %3.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="305" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="346" />
            <source>No stock matches the filter.</source>
            <translation>Ingen beholdning passer til filteret.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="348" />
            <source>There is no stock in the region.</source>
            <translation>Der er ingen beholdning i regionen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="366" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln række</numerusform>
                <numerusform>%Ln rækker</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="367" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dosis</numerusform>
                <numerusform>%Ln doser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="375" />
            <source>All programmes</source>
            <translation>Alle programmer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="376" />
            <source>All locations</source>
            <translation>Alle steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="383" />
            <source>All products</source>
            <translation>Alle produkter</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="183" />
            <source>Zoom out (Ctrl+-)</source>
            <translation>Zoom ud (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="186" />
            <source>Zoom in (Ctrl++)</source>
            <translation>Zoom ind (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="189" />
            <source>Fit width</source>
            <translation>Tilpas bredde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="192" />
            <source>Zoom (Ctrl+0: fit width)</source>
            <translation>Zoom (Ctrl+0: tilpas bredde)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="195" />
            <source>&amp;Print…</source>
            <translation>&amp;Udskriv…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="197" />
            <source>Print the document (Ctrl+P)</source>
            <translation>Udskriv dokumentet (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="198" />
            <source>&amp;Save as…</source>
            <translation>&amp;Gem som…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="200" />
            <source>Save a copy of the PDF (Ctrl+S)</source>
            <translation>Gem en kopi af PDF'en (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="201" />
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="202" />
            <source>Close the preview (Esc)</source>
            <translation>Luk visningen (Esc)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="270" />
            <source>%Ln page(s)</source>
            <translation>
                <numerusform>%Ln side</numerusform>
                <numerusform>%Ln sider</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="344" />
            <source>Print %1</source>
            <translation>Udskriv %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="365" />
            <source>Save PDF as</source>
            <translation>Gem PDF som</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="367" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumenter (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="376" />
            <source>Not saved</source>
            <translation>Ikke gemt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="377" />
            <source>The PDF could not be saved: %1</source>
            <translation>PDF'en kunne ikke gemmes: %1</translation>
        </message>
    </context>
    <context>
        <name>PlaceListModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/models.py" line="33" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/models.py" line="35" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/models.py" line="39" />
            <source>Storage</source>
            <translation>Opbevaring</translation>
        </message>
    </context>
    <context>
        <name>PlanningPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/planning/page.py" line="27" />
            <source>Forecast</source>
            <translation>Prognose</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/page.py" line="28" />
            <source>Projection</source>
            <translation>Fremskrivning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/page.py" line="29" />
            <source>Order</source>
            <translation>Bestilling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/page.py" line="30" />
            <source>National picture</source>
            <translation>Landsoverblik</translation>
        </message>
    </context>
    <context>
        <name>PostDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="44" />
            <source>Post count %1</source>
            <translation>Bogfør optælling %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="61" />
            <source>Posting writes these adjustments to the stock at %1 as stocktake movements, in one go:</source>
            <translation>Bogføring skriver disse reguleringer til lageret på %1 som optællingsbevægelser, samlet:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="67" />
            <source>Every lot counted matches: posting closes the count at %1 and moves no stock.</source>
            <translation>Alle optalte partier stemmer: bogføring afslutter optællingen på %1 og flytter intet lager.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="74" />
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="75" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="76" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="77" />
            <source>Units</source>
            <translation>Enheder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="78" />
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="85" />
            <source>needs approval</source>
            <translation>kræver godkendelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="89" />
            <source>no reason yet</source>
            <translation>ingen årsag endnu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="92" />
            <source>thawed %1</source>
            <translation>optøet %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="110" />
            <source>In total: %1 doses up, %2 doses down, net %3 doses.</source>
            <translation>I alt: %1 doser op, %2 doser ned, netto %3 doser.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="129" />
            <source>A difference is larger than %1 doses: a second person, who neither posts nor counted it, must approve the count. Their user name:</source>
            <translation>En afvigelse er større end %1 doser: en anden person, som hverken bogfører eller har optalt den, skal godkende optællingen. Personens brugernavn:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="137" />
            <source>&amp;Approved by</source>
            <translation>&amp;Godkendt af</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="146" />
            <source>&amp;Post the count</source>
            <translation>&amp;Bogfør optællingen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="146" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/post_dialog.py" line="165" />
            <source>Posting the count…</source>
            <translation>Bogfører optællingen…</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="30" />
            <source>New product</source>
            <translation>Ny vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="30" />
            <source>Edit product</source>
            <translation>Redigér vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="36" />
            <source>SSI item number, digits</source>
            <translation>SSI's varenummer, cifre</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="40" />
            <source>14 digits (optional)</source>
            <translation>14 cifre (valgfrit)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="50" />
            <source>Shown in tables, e.g. Comirnaty 30 µg multidosis</source>
            <translation>Vises i tabeller, fx Comirnaty 30 µg multidosis</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="52" />
            <source>Tables and screens show the short name; documents show the full name. Empty: made from the name.</source>
            <translation>Tabeller og skærmbilleder viser det korte navn; dokumenter viser det fulde navn. Tomt: dannes ud fra navnet.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="64" />
            <source>not thawed</source>
            <translation>optøs ikke</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="65" />
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="69" />
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="66" />
            <source>no limit</source>
            <translation>ingen grænse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="67" />
            <source> hours</source>
            <translation> timer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="74" />
            <source>not known</source>
            <translation>ukendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="75" />
            <source> ml</source>
            <translation> ml</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="77" />
            <source>The outer pack's volume; a fridge or freezer with a capacity in litres counts it.</source>
            <translation>Yderpakningens rumfang; et køleskab eller en fryser med en kapacitet i liter regner med det.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="83" />
            <source>In use (can be received and moved)</source>
            <translation>I brug (kan modtages og flyttes)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="88" />
            <source>Item no. (varenummer)</source>
            <translation>Varenummer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="89" />
            <source>GTIN</source>
            <translation>GTIN</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="90" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="91" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="92" />
            <source>Short name</source>
            <translation>Kort navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="93" />
            <source>Manufacturer</source>
            <translation>Producent</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="94" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="95" />
            <source>Doses per unit</source>
            <translation>Doser pr. enhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="96" />
            <source>Units per pack</source>
            <translation>Enheder pr. pakning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="97" />
            <source>Shelf life after thawing</source>
            <translation>Holdbarhed efter optøning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="98" />
            <source>In use after opening</source>
            <translation>Anvendelig efter åbning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="99" />
            <source>Minimum remaining shelf life</source>
            <translation>Mindste restholdbarhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="100" />
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="158" />
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="159" />
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="170" />
            <source>Frozen storage</source>
            <translation>Opbevaring frosset</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="100" />
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="101" />
            <source>to</source>
            <translation>til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="101" />
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="160" />
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="161" />
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="171" />
            <source>Refrigerated storage</source>
            <translation>Opbevaring på køl</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="102" />
            <source>Pack volume</source>
            <translation>Pakningsvolumen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="103" />
            <source>Note</source>
            <translation>Bemærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="146" />
            <source>= %1 doses per pack</source>
            <translation>= %1 doser pr. pakning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="165" />
            <source>%1: '%2' is not a whole number of degrees.</source>
            <translation>%1: '%2' er ikke et helt antal grader.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/product_dialog.py" line="175" />
            <source>%1: the lowest temperature is above the highest.</source>
            <translation>%1: den laveste temperatur er højere end den højeste.</translation>
        </message>
    </context>
    <context>
        <name>ProductListModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="53" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="54" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="55" />
            <source>Short name</source>
            <translation>Kort navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="56" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="57" />
            <source>Manufacturer</source>
            <translation>Producent</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="58" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="59" />
            <source>Doses/unit</source>
            <translation>Doser/enh.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="60" />
            <source>Units/pack</source>
            <translation>Enh./pakn.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="61" />
            <source>Doses/pack</source>
            <translation>Doser/pakn.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="62" />
            <source>Thawed, days</source>
            <translation>Optøet, dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="64" />
            <source>In use</source>
            <translation>I brug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="64" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_models.py" line="64" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
    <context>
        <name>ProjectionModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="64" />
            <source>Week</source>
            <translation>Uge</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="65" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="66" />
            <source>Coming in</source>
            <translation>Ankommer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="67" />
            <source>Going out</source>
            <translation>Sendes ud</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="68" />
            <source>Expected use</source>
            <translation>Forventet forbrug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="69" />
            <source>Short</source>
            <translation>Mangler</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="70" />
            <source>Expiry losses</source>
            <translation>Udløbstab</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/models.py" line="71" />
            <source>End</source>
            <translation>Slut</translation>
        </message>
    </context>
    <context>
        <name>ProjectionTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="134" />
            <source>Place:</source>
            <translation>Sted:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="136" />
            <source>Product:</source>
            <translation>Vare:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="174" />
            <source>The region</source>
            <translation>Regionen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="214" />
            <source>Runs out on %1.</source>
            <translation>Løber tør %1.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/planning/tabs.py" line="216" />
            <source>Does not run out in these weeks.</source>
            <translation>Løber ikke tør i disse uger.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/reason_dialog.py" line="34" />
            <source>Required</source>
            <translation>Skal udfyldes</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/reason_dialog.py" line="34" />
            <source>Optional</source>
            <translation>Valgfri</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/reason_dialog.py" line="36" />
            <source>Keep it</source>
            <translation>Behold den</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/reason_dialog.py" line="31" />
            <source>&amp;Reason</source>
            <translation>&amp;Årsag</translation>
        </message>
    </context>
    <context>
        <name>RecallTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="94" />
            <source>Search batch, product or item no.</source>
            <translation>Søg batch, vare eller varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="95" />
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="102" />
            <source>Required, e.g. SSI recall notice 2026-14: particles in vials</source>
            <translation>Påkrævet, fx SSI tilbagekaldelse 2026-14: partikler i hætteglas</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="103" />
            <source>R&amp;eason</source>
            <translation>&amp;Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="105" />
            <source>&amp;Recall batch…</source>
            <translation>&amp;Tilbagekald batch…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="127" />
            <source>Recall a batch</source>
            <translation>Tilbagekald en batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="131" />
            <source>Choose the batch, give the reason and recall it: it is blocked from picking, distribution and use at every location; it can only come back to the pharmacy or be discarded.</source>
            <translation>Vælg batchen, angiv årsagen og tilbagekald den: den spærres for plukning, udlevering og brug på alle steder; den kan kun sendes tilbage til apoteket eller kasseres.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="142" />
            <source>Recalled batches</source>
            <translation>Tilbagekaldte batcher</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="148" />
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="467" />
            <source>Where the batch is</source>
            <translation>Hvor batchen er</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="157" />
            <source>Choose a batch on the left to see every location holding it.</source>
            <translation>Vælg en batch til venstre for at se alle steder, der har den.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="161" />
            <source>&amp;Bring-back list…</source>
            <translation>&amp;Returliste…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="163" />
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="524" />
            <source>The list of what each site must bring back to the pharmacy, to print or save (PDF)</source>
            <translation>Listen over hvad hvert sted skal sende tilbage til apoteket, til udskrift eller at gemme (PDF)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="212" />
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="233" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="217" />
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="232" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="218" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="219" />
            <source>Expiry</source>
            <translation>Udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="220" />
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="257" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="221" />
            <source>Locations</source>
            <translation>Steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="223" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="225" />
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="234" />
            <source>Recalled</source>
            <translation>Tilbagekaldt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="236" />
            <source>Still out</source>
            <translation>Stadig ude</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="240" />
            <source>Doses still at sites (not yet back at the pharmacy)</source>
            <translation>Doser der stadig er på stederne (endnu ikke tilbage på apoteket)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="242" />
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="248" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="253" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="254" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="255" />
            <source>Use-by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="256" />
            <source>thawed %1</source>
            <translation>optøet %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="258" />
            <source>Vials</source>
            <translation>Hætteglas</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="259" />
            <source>Vials, syringes or applicators; a part vial counts as one</source>
            <translation>Hætteglas, sprøjter eller applikatorer; et delvist hætteglas tæller som ét</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="269" />
            <source>In transit to %1</source>
            <translation>Undervejs til %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="274" />
            <source>in transit</source>
            <translation>undervejs</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="295" />
            <source>No batch in stock matches the search.</source>
            <translation>Ingen batch på lager passer til søgningen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="297" />
            <source>Nothing is in stock.</source>
            <translation>Der er intet på lager.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="299" />
            <source>No batch has been recalled.</source>
            <translation>Ingen batch er tilbagekaldt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="339" />
            <source>Loading…</source>
            <translation>Henter …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="361" />
            <source>Recall batch</source>
            <translation>Tilbagekald batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="362" />
            <source>Recall batch %1 of %2?</source>
            <translation>Tilbagekald batch %1 af %2?</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="364" />
            <source>It is blocked from picking, distribution and use at every location: now %1 at %2.</source>
            <translation>Den spærres for plukning, udlevering og brug på alle steder: nu %1 på %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="365" />
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="493" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dose</numerusform>
                <numerusform>%Ln doser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="366" />
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="491" />
            <source>%Ln location(s)</source>
            <translation>
                <numerusform>%Ln sted</numerusform>
                <numerusform>%Ln steder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="368" />
            <source>Reason: %1</source>
            <translation>Årsag: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="370" />
            <source>A recall cannot be undone here.</source>
            <translation>En tilbagekaldelse kan ikke fortrydes her.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="372" />
            <source>Recall</source>
            <translation>Tilbagekald</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="373" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="392" />
            <source>Batch %1 is recalled. Print the bring-back list and send it to the sites.</source>
            <translation>Batch %1 er tilbagekaldt. Udskriv returlisten og send den til stederne.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="410" />
            <source>Recalling…</source>
            <translation>Tilbagekalder…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="415" />
            <source>bring-back</source>
            <translation>returliste</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="431" />
            <source>Bring-back list, batch %1</source>
            <translation>Returliste, batch %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="458" />
            <source>No location holds this batch any more.</source>
            <translation>Intet sted har længere denne batch.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="471" />
            <source>Recalled batch %1 · %2</source>
            <translation>Tilbagekaldt batch %1 · %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="474" />
            <source>Recalled %1 by %2: %3</source>
            <translation>Tilbagekaldt %1 af %2: %3</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="481" />
            <source>Where batch %1 is</source>
            <translation>Hvor batch %1 er</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="486" />
            <source>Not recalled.</source>
            <translation>Ikke tilbagekaldt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="497" />
            <source>to bring back: %1 from %2</source>
            <translation>skal tilbage: %1 fra %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="498" />
            <source>%Ln vial(s)</source>
            <translation>
                <numerusform>%Ln hætteglas</numerusform>
                <numerusform>%Ln hætteglas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="499" />
            <source>%Ln site(s)</source>
            <translation>
                <numerusform>%Ln sted</numerusform>
                <numerusform>%Ln steder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="513" />
            <source>Choose the batch to recall in the list above.</source>
            <translation>Vælg batchen, der skal tilbagekaldes, i listen ovenfor.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="515" />
            <source>Batch %1 is already recalled.</source>
            <translation>Batch %1 er allerede tilbagekaldt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="517" />
            <source>Give the reason for the recall.</source>
            <translation>Angiv årsagen til tilbagekaldelsen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="526" />
            <source>Only for a recalled batch</source>
            <translation>Kun for en tilbagekaldt batch</translation>
        </message>
    </context>
    <context>
        <name>RecalledStock</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/marks.py" line="136" />
            <source>Recalled</source>
            <translation>Tilbagekaldt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/marks.py" line="140" />
            <source>by %1</source>
            <translation>af %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/marks.py" line="145" />
            <source>Never picked, sent or given: return it to the pharmacy or discard it.</source>
            <translation>Må aldrig plukkes, sendes eller gives: returnér den til apoteket, eller kassér den.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/marks.py" line="163" />
            <source>Red rows with this badge are recalled: return them to the pharmacy or discard them.</source>
            <translation>Røde rækker med dette mærke er tilbagekaldt: returnér dem til apoteket, eller kassér dem.</translation>
        </message>
    </context>
    <context>
        <name>ReceiptHeader</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="26" />
            <source>No receipt open</source>
            <translation>Ingen modtagelse åben</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="28" />
            <source>Delivery note %1</source>
            <translation>Følgeseddel %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="29" />
            <source>Delivered</source>
            <translation>Leveret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="30" />
            <source>Pharmacy</source>
            <translation>Apotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="35" />
            <source>Started by %1, %2</source>
            <translation>Startet af %1, %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="43" />
            <source>Posted by %1, %2</source>
            <translation>Bogført af %1, %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="53" />
            <source>%Ln line(s)</source>
            <translation>
                <numerusform>%Ln linje</numerusform>
                <numerusform>%Ln linjer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="54" />
            <source>%Ln pack(s)</source>
            <translation>
                <numerusform>%Ln pakning</numerusform>
                <numerusform>%Ln pakninger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="55" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dosis</numerusform>
                <numerusform>%Ln doser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="59" />
            <source>%Ln on hold</source>
            <translation>
                <numerusform>%Ln tilbageholdt</numerusform>
                <numerusform>%Ln tilbageholdt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="63" />
            <source>%Ln with problems</source>
            <translation>
                <numerusform>%Ln med problemer</numerusform>
                <numerusform>%Ln med problemer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="65" />
            <source>%Ln short-dated</source>
            <translation>
                <numerusform>%Ln kortdateret</numerusform>
                <numerusform>%Ln kortdaterede</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiptLifecycle</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="54" />
            <source>The receipt has no lines yet.</source>
            <translation>Modtagelsen har endnu ingen linjer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="58" />
            <source>%Ln line(s)</source>
            <translation>
                <numerusform>%Ln linje</numerusform>
                <numerusform>%Ln linjer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="60" />
            <source>Lines that cannot be received (marked red): %1. Change or remove them, then post.</source>
            <translation>Linjer, der ikke kan modtages (markeret med rødt): %1. Ret eller fjern dem, og bogfør derefter.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="70" />
            <source>Short-dated lots</source>
            <translation>Kortdaterede batcher</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="71" />
            <source>%Ln lot(s) on this receipt expire sooner than required. Receive anyway?</source>
            <translation>
                <numerusform>%Ln batch på denne modtagelse udløber tidligere end krævet. Modtag alligevel?</numerusform>
                <numerusform>%Ln batcher på denne modtagelse udløber tidligere end krævet. Modtag alligevel?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="73" />
            <source>Receive anyway</source>
            <translation>Modtag alligevel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="74" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="88" />
            <source>Receipt %1 posted: %2 doses in stock</source>
            <translation>Modtagelse %1 bogført: %2 doser på lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="92" />
            <source>(%1 doses held in quarantine)</source>
            <translation>(%1 doser tilbageholdt i karantæne)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="97" />
            <source>Posting the receipt…</source>
            <translation>Bogfører modtagelsen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="108" />
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="111" />
            <source>Cancel draft</source>
            <translation>Annullér kladde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="109" />
            <source>Cancel the draft for delivery note %1?</source>
            <translation>Annullér kladden for følgeseddel %1?</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="110" />
            <source>Nothing of it is received; its scanned packs can be scanned again.</source>
            <translation>Intet af den modtages; dens scannede pakninger kan scannes igen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="112" />
            <source>Keep it</source>
            <translation>Behold den</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="124" />
            <source>Draft %1 cancelled</source>
            <translation>Kladde %1 annulleret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="127" />
            <source>Cancelling the draft…</source>
            <translation>Annullerer kladden…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="150" />
            <source>No frozen stock of batch %1 is left at %2.</source>
            <translation>Der er ingen frossen beholdning af batch %1 tilbage på %2.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="159" />
            <source>%1 doses of batch %2 thawed</source>
            <translation>%1 doser af batch %2 optøet</translation>
        </message>
    </context>
    <context>
        <name>ReceiptLinesModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="120" />
            <source>On hold: received into quarantine, not pickable until released (tick to hold, F2 to give the reason)</source>
            <translation>Tilbageholdt: modtages i karantæne og kan ikke plukkes, før det frigives (sæt flueben for at tilbageholde, F2 for at angive årsagen)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="123" />
            <source>Storage condition on arrival (double-click or F2 to change)</source>
            <translation>Opbevaring ved ankomst (dobbeltklik eller F2 for at ændre)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="135" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="136" />
            <source>Line number on this receipt</source>
            <translation>Linjenummer på denne modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="137" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="138" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="139" />
            <source>SSI item number (varenummer)</source>
            <translation>SSI's varenummer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="140" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="141" />
            <source>Expiry</source>
            <translation>Udløb</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="142" />
            <source>The manufacturer's expiry date</source>
            <translation>Producentens udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="143" />
            <source>Use by</source>
            <translation>Anv. senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="149" />
            <source>Use by: the expiry date, or earlier once thawed</source>
            <translation>Anvendes senest: udløbsdatoen, eller tidligere når varen er optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="150" />
            <source>Storage</source>
            <translation>Opbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="153" />
            <source>Packs</source>
            <translation>Pakn.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="156" />
            <source>Packs received (double-click or F2 to change)</source>
            <translation>Modtagne pakninger (dobbeltklik eller F2 for at ændre)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="157" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="160" />
            <source>Scans</source>
            <translation>Scannet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="162" />
            <source>Packs counted by scanning their barcode</source>
            <translation>Pakninger talt ved at scanne deres stregkode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="163" />
            <source>Hold</source>
            <translation>Karantæne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="170" />
            <source>Warnings</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="172" />
            <source>Problems refuse posting; warnings need a confirmation</source>
            <translation>Problemer forhindrer bogføring; advarsler skal bekræftes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="271" />
            <source>(+%Ln more)</source>
            <translation>
                <numerusform>(+%Ln mere)</numerusform>
                <numerusform>(+%Ln mere)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="277" />
            <source>Short-dated (%Ln day(s))</source>
            <translation>
                <numerusform>Kortdateret (%Ln dag)</numerusform>
                <numerusform>Kortdateret (%Ln dage)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="279" />
            <source>Expired</source>
            <translation>Udløbet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="281" />
            <source>Hold needs a reason</source>
            <translation>Tilbageholdelse kræver en årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="283" />
            <source>Expiry differs from the known lot</source>
            <translation>Udløb afviger fra kendt batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="285" />
            <source>Product not in use</source>
            <translation>Varen er ikke i brug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="287" />
            <source>Not a frozen product</source>
            <translation>Ikke en frostvare</translation>
        </message>
    </context>
    <context>
        <name>ReceiptListModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="345" />
            <source>Delivery note</source>
            <translation>Følgeseddel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="346" />
            <source>Delivered</source>
            <translation>Leveret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="347" />
            <source>Lines</source>
            <translation>Linjer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="348" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="385" />
            <source>%Ln pack(s)</source>
            <translation>
                <numerusform>%Ln pakning</numerusform>
                <numerusform>%Ln pakninger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="386" />
            <source>%Ln line(s)</source>
            <translation>
                <numerusform>%Ln linje</numerusform>
                <numerusform>%Ln linjer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="393" />
            <source>%Ln line(s) on hold</source>
            <translation>
                <numerusform>%Ln linje tilbageholdt</numerusform>
                <numerusform>%Ln linjer tilbageholdt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiptScanning</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/scanning.py" line="48" />
            <source>Scanned, but no draft receipt is open: start one with New receipt (Ctrl+N) and scan again.</source>
            <translation>Scannet, men der er ingen åben kladde: start en med Ny modtagelse (Ctrl+N), og scan igen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/scanning.py" line="50" />
            <source>Receipt %1 is posted; start a new receipt to scan more packs.</source>
            <translation>Modtagelse %1 er bogført; start en ny modtagelse for at scanne flere pakninger.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/scanning.py" line="71" />
            <source>Recording the scan…</source>
            <translation>Registrerer scanningen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/scanning.py" line="100" />
            <source>+1 pack %1 %2 (%3 in total)</source>
            <translation>+1 pakning %1 %2 (%3 i alt)</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsPanel</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipts_panel.py" line="31" />
            <source>&amp;New receipt…</source>
            <translation>&amp;Ny modtagelse…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipts_panel.py" line="31" />
            <source>Start a receipt for a delivery note number (Ctrl+N)</source>
            <translation>Start en modtagelse for et følgeseddelnummer (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipts_panel.py" line="34" />
            <source>&amp;Import delivery note…</source>
            <translation>&amp;Importér følgeseddel…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipts_panel.py" line="36" />
            <source>Receive a whole delivery note from an .xlsx or .csv file (Ctrl+I)</source>
            <translation>Modtag en hel følgeseddel fra en .xlsx- eller .csv-fil (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipts_panel.py" line="43" />
            <source>No receipts yet. Start one with New receipt, or import a delivery note.</source>
            <translation>Ingen modtagelser endnu. Start en med Ny modtagelse, eller importér en følgeseddel.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipts_panel.py" line="52" />
            <source>Receipts</source>
            <translation>Modtagelser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipts_panel.py" line="53" />
            <source>Drafts first, then the latest posted</source>
            <translation>Kladder først, derefter de seneste bogførte</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipts_panel.py" line="90" />
            <source>Start one with New receipt, or import a delivery note.</source>
            <translation>Start en med Ny modtagelse, eller importér en følgeseddel.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/receipts_panel.py" line="92" />
            <source>No receipts yet.</source>
            <translation>Ingen modtagelser endnu.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipts_panel.py" line="95" />
            <source>No receipts made on this page yet, but the stock holds %Ln delivery note(s) from SSI (the latest on %1) booked without a receipt here, by the demo data or the command line. Their lots and history are on the Stock page.</source>
            <translation>
                <numerusform>Der er ikke lavet modtagelser på denne side endnu, men lageret har %Ln følgeseddel fra SSI (den seneste %1), bogført uden en modtagelse her, af demodata eller kommandolinjen. Batcherne og deres historik står på siden Lager.</numerusform>
                <numerusform>Der er ikke lavet modtagelser på denne side endnu, men lageret har %Ln følgesedler fra SSI (den seneste %1), bogført uden en modtagelse her, af demodata eller kommandolinjen. Batcherne og deres historik står på siden Lager.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceivingModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="59" />
            <source>Draft</source>
            <translation>Kladde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="61" />
            <source>Posted</source>
            <translation>Bogført</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="63" />
            <source>Cancelled</source>
            <translation>Annulleret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="69" />
            <source>Frozen</source>
            <translation>Frost</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="71" />
            <source>2–8 °C</source>
            <translation>Køl 2–8 °C</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="77" />
            <source>Thawed</source>
            <translation>Optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="146" />
            <source>Earlier than the expiry date because the stock is thawed</source>
            <translation>Tidligere end udløbsdatoen, fordi varen er optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="158" />
            <source>%1 doses per pack</source>
            <translation>%1 doser pr. pakning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="263" />
            <source>reason missing</source>
            <translation>årsag mangler</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="297" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="307" />
            <source>Received thawed on %1; use by %2</source>
            <translation>Modtaget optøet %1; anvendes senest %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="387" />
            <source>Delivered %1</source>
            <translation>Leveret %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="396" />
            <source>Posted %1 by %2</source>
            <translation>Bogført %1 af %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="402" />
            <source>Started %1 by %2</source>
            <translation>Startet %1 af %2</translation>
        </message>
    </context>
    <context>
        <name>ReceivingPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="112" />
            <source>&amp;Thaw…</source>
            <translation>&amp;Optø…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="114" />
            <source>Thaw doses of the selected posted frozen line; the thawed shelf life starts now (Ctrl+T)</source>
            <translation>Optø doser fra den valgte bogførte frostlinje; holdbarheden efter optøning starter nu (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="117" />
            <source>&amp;Goods receipt…</source>
            <translation>Vare&amp;modtagelse…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="119" />
            <source>Preview, print or save the goods-receipt document (Ctrl+P)</source>
            <translation>Vis, udskriv eller gem varemodtagelsen (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="122" />
            <source>&amp;Cancel draft…</source>
            <translation>&amp;Annullér kladde…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="122" />
            <source>Abandon this draft; nothing of it is received</source>
            <translation>Opgiv denne kladde; intet af den modtages</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="125" />
            <source>P&amp;ost receipt</source>
            <translation>Bog&amp;før modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="125" />
            <source>Put every line into stock in one go (Ctrl+Enter)</source>
            <translation>Læg alle linjer på lager på én gang (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="178" />
            <source>New receipt</source>
            <translation>Ny modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="179" />
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="286" />
            <source>Import delivery note</source>
            <translation>Importér følgeseddel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="180" />
            <source>Post receipt</source>
            <translation>Bogfør modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="181" />
            <source>Goods receipt</source>
            <translation>Varemodtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="182" />
            <source>Thaw</source>
            <translation>Optø</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="183" />
            <source>Remove line</source>
            <translation>Fjern linje</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="276" />
            <source>Receipt %1 is open. Scan the packs, type the lines, then post.</source>
            <translation>Modtagelse %1 er åben. Scan pakningerne, indtast linjerne, og bogfør derefter.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="288" />
            <source>Delivery notes (*.xlsx *.csv);;All files (*)</source>
            <translation>Følgesedler (*.xlsx *.csv);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="295" />
            <source>Reading %1…</source>
            <translation>Læser %1…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="319" />
            <source>%Ln line(s)</source>
            <translation>
                <numerusform>%Ln linje</numerusform>
                <numerusform>%Ln linjer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="321" />
            <source>Delivery note %1 imported and posted: %2, %3 doses in stock</source>
            <translation>Følgeseddel %1 er importeret og bogført: %2, %3 doser på lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="368" />
            <source>No lines yet. Scan a pack anywhere on this page, type a line below, or import the note.</source>
            <translation>Ingen linjer endnu. Scan en pakning hvor som helst på siden, indtast en linje nedenfor, eller importér følgesedlen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="399" />
            <source>Start a receipt with New receipt (Ctrl+N), or open one on the left. Then scan the packs.</source>
            <translation>Start en modtagelse med Ny modtagelse (Ctrl+N), eller åbn en til venstre. Scan derefter pakningerne.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="401" />
            <source>Scan a pack anywhere on this page, or type a line below. Post (Ctrl+Enter) when all is counted.</source>
            <translation>Scan en pakning hvor som helst på siden, eller indtast en linje nedenfor. Bogfør (Ctrl+Enter), når alt er talt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="404" />
            <source>Posted: the lines are in stock. Goods receipt (Ctrl+P) shows the document; select a frozen line to thaw it.</source>
            <translation>Bogført: linjerne er på lager. Varemodtagelse (Ctrl+P) viser dokumentet; vælg en frostlinje for at optø den.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="418" />
            <source>Line %1:</source>
            <translation>Linje %1:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="433" />
            <source>Open a draft receipt before adding lines.</source>
            <translation>Åbn en kladde, før du tilføjer linjer.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="437" />
            <source>Fill in %1.</source>
            <translation>Udfyld %1.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="461" />
            <source>Line %1 added: %2 %3, %4</source>
            <translation>Linje %1 tilføjet: %2 %3, %4</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="465" />
            <source>%Ln pack(s)</source>
            <translation>
                <numerusform>%Ln pakning</numerusform>
                <numerusform>%Ln pakninger</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="469" />
            <source>Adding the line…</source>
            <translation>Tilføjer linjen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="490" />
            <source>goods-receipt</source>
            <translation>varemodtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="502" />
            <source>Goods receipt %1</source>
            <translation>Varemodtagelse %1</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="126" />
            <source>Record a temperature excursion</source>
            <translation>Registrér et temperaturudsving</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="137" />
            <source>e.g. alarm at 06:10, door left open</source>
            <translation>fx alarm kl. 06.10, døren stod åben</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="140" />
            <source>&amp;Place</source>
            <translation>&amp;Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="140" />
            <source>&amp;Storage</source>
            <translation>O&amp;pbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="141" />
            <source>&amp;From</source>
            <translation>&amp;Fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="141" />
            <source>&amp;To</source>
            <translation>&amp;Til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="142" />
            <source>&amp;Lowest</source>
            <translation>&amp;Laveste</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="142" />
            <source>&amp;Highest</source>
            <translation>&amp;Højeste</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="143" />
            <source>&amp;Note</source>
            <translation>&amp;Bemærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="149" />
            <source>&amp;Record and hold</source>
            <translation>&amp;Registrér og tilbagehold</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="149" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="152" />
            <source>Every lot kept in that storage at the place during the excursion is held at once: it cannot be picked, given, sent or thawed until a pharmacist decides.</source>
            <translation>Alle partier i den opbevaring på stedet under udsvinget tilbageholdes straks: de kan ikke plukkes, gives, sendes eller optøs, før en farmaceut har besluttet.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="170" />
            <source>Recording the excursion…</source>
            <translation>Registrerer udsvinget…</translation>
        </message>
    </context>
    <context>
        <name>RecordWasteDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="85" />
            <source>Record waste</source>
            <translation>Registrér spild</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="152" />
            <source>&amp;Location</source>
            <translation>&amp;Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="153" />
            <source>L&amp;ot</source>
            <translation>&amp;Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="154" />
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="427" />
            <source>&amp;Quantity</source>
            <translation>&amp;Antal</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="155" />
            <source>&amp;Reason</source>
            <translation>&amp;Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="156" />
            <source>Co&amp;mment</source>
            <translation>Be&amp;mærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="168" />
            <source>&amp;Discard</source>
            <translation>&amp;Kassér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="168" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="262" />
            <source>Choose the location.</source>
            <translation>Vælg stedet.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="264" />
            <source>Choose the lot: nothing is on hand at this location.</source>
            <translation>Vælg batchen: der er intet på lager på dette sted.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="266" />
            <source>Choose a reason.</source>
            <translation>Vælg en årsag.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="283" />
            <source>Discarding…</source>
            <translation>Kasserer…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="361" />
            <source>Loading…</source>
            <translation>Henter …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="379" />
            <source>use-by %1</source>
            <translation>anvendes senest %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="380" />
            <source>%Ln dose(s) on hand</source>
            <translation>
                <numerusform>%Ln dosis på lager</numerusform>
                <numerusform>%Ln doser på lager</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="384" />
            <source>Nothing on hand here</source>
            <translation>Intet på lager her</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="413" />
            <source>%Ln syringe(s)</source>
            <translation>
                <numerusform>%Ln sprøjte</numerusform>
                <numerusform>%Ln sprøjter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="415" />
            <source>%Ln applicator(s)</source>
            <translation>
                <numerusform>%Ln applikator</numerusform>
                <numerusform>%Ln applikatorer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="416" />
            <source>%Ln vial(s)</source>
            <translation>
                <numerusform>%Ln hætteglas</numerusform>
                <numerusform>%Ln hætteglas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="427" />
            <source>&amp;Doses</source>
            <translation>&amp;Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="433" />
            <source>All %1 doses held here (with the part of an opened one)</source>
            <translation>Alle %1 doser her (med resten af et anbrudt)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="445" />
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="447" />
            <source>%1 doses</source>
            <translation>%1 doser</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="456" />
            <source>Waste for “%1” is entered in whole vials, syringes or applicators (%Ln dose(s) each): an unopened one is lost whole. Only what is left in an opened vial is entered in doses.</source>
            <translation>
                <numerusform>Kassation med årsagen “%1” angives i hele hætteglas, sprøjter eller applikatorer (%Ln dosis hver): en uåbnet går tabt hel. Kun resten i et anbrudt hætteglas angives i doser.</numerusform>
                <numerusform>Kassation med årsagen “%1” angives i hele hætteglas, sprøjter eller applikatorer (%Ln doser hver): en uåbnet går tabt hel. Kun resten i et anbrudt hætteglas angives i doser.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="466" />
            <source>A vial holds %Ln dose(s): enter the doses left in the opened vial.</source>
            <translation>
                <numerusform>Et hætteglas indeholder %Ln dosis: angiv de doser, der er tilbage i det anbrudte hætteglas.</numerusform>
                <numerusform>Et hætteglas indeholder %Ln doser: angiv de doser, der er tilbage i det anbrudte hætteglas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="472" />
            <source>Required for this reason: say what happened.</source>
            <translation>Påkrævet for denne årsag: skriv hvad der skete.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="474" />
            <source>Required</source>
            <translation>Påkrævet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="477" />
            <source>Optional</source>
            <translation>Valgfri</translation>
        </message>
    </context>
    <context>
        <name>ReferenceListTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_tab.py" line="24" />
            <source>Edit…</source>
            <translation>Redigér …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/list_tab.py" line="34" />
            <source>Double-click a row to edit it.</source>
            <translation>Dobbeltklik på en række for at redigere den.</translation>
        </message>
    </context>
    <context>
        <name>RegionReceipt</name>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/region_receipt.py" line="34" />
            <source>Receive from another region</source>
            <translation>Modtag fra anden region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/region_receipt.py" line="36" />
            <source>Shipment files (*.json);;All files (*)</source>
            <translation>Forsendelsesfiler (*.json);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/region_receipt.py" line="44" />
            <source>Received from another region: %1 doses of %2, batch %3</source>
            <translation>Modtaget fra anden region: %1 doser %2, batch %3</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/region_receipt.py" line="51" />
            <source>Receiving the shipment…</source>
            <translation>Modtager forsendelsen …</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/release_dialog.py" line="26" />
            <source>Release held stock</source>
            <translation>Frigiv tilbageholdt lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/release_dialog.py" line="31" />
            <source>e.g. temperature log checked: within 2–8 °C</source>
            <translation>fx temperaturlog kontrolleret: inden for 2–8 °C</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/release_dialog.py" line="32" />
            <source>&amp;Reason</source>
            <translation>&amp;Begrundelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/release_dialog.py" line="35" />
            <source>&amp;Release</source>
            <translation>&amp;Frigiv</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/release_dialog.py" line="44" />
            <source>Releasing…</source>
            <translation>Frigiver…</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="113" />
            <source>Choose a month and press Make workbook (%1). The summary sheet of the file is shown here, one row per vaccine.</source>
            <translation>Vælg en måned og tryk på Dan regneark (%1). Filens opsummeringsark vises her med én række pr. vaccine.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="124" />
            <source>Archive of reports sent</source>
            <translation>Arkiv over sendte indberetninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="125" />
            <location filename="../../pharmacy_app/ui/reports/page.py" line="250" />
            <source>Changes since sent</source>
            <translation>Ændringer siden afsendelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="127" />
            <source>Simulation</source>
            <translation>Simulering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="150" />
            <source>Monthly report to SSI</source>
            <translation>Månedlig indberetning til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="183" />
            <source>YYYY-MM</source>
            <translation>ÅÅÅÅ-MM</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="185" />
            <source>The month to report, as YYYY-MM. Up and Down step through the months.</source>
            <translation>Måneden der indberettes, som ÅÅÅÅ-MM. Pil op og ned skifter måned.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="188" />
            <source>&amp;Month</source>
            <translation>&amp;Måned</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="193" />
            <source>The folder the workbook is written to (remembered on this computer)</source>
            <translation>Mappen som regnearket gemmes i (huskes på denne computer)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="196" />
            <source>Output &amp;folder</source>
            <translation>Ma&amp;ppe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="248" />
            <source>Make workbook</source>
            <translation>Dan regneark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="248" />
            <source>Write the month's workbook for SSI into the output folder</source>
            <translation>Gem månedens regneark til SSI i den valgte mappe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="249" />
            <source>Mark as sent…</source>
            <translation>Markér som sendt…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="249" />
            <source>Archive the workbook just made as sent to SSI; this closes the month</source>
            <translation>Arkivér det netop dannede regneark som sendt til SSI; det lukker måneden</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="250" />
            <source>Compare the month as it is now with the version sent to SSI</source>
            <translation>Sammenlign måneden, som den er nu, med versionen sendt til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="251" />
            <source>Choose…</source>
            <translation>Vælg…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="251" />
            <source>Choose the folder the workbook is written to</source>
            <translation>Vælg mappen som regnearket gemmes i</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="252" />
            <source>Open folder</source>
            <translation>Åbn mappe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="252" />
            <source>Open the folder holding the workbook</source>
            <translation>Åbn mappen med regnearket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="253" />
            <source>Save copy…</source>
            <translation>Gem kopi…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="253" />
            <source>Save a copy of the selected archived workbook, exactly as it was sent</source>
            <translation>Gem en kopi af det valgte arkiverede regneark, præcis som det blev sendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="309" />
            <source>Folder for the SSI workbook</source>
            <translation>Mappe til regnearket til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="321" />
            <location filename="../../pharmacy_app/ui/reports/page.py" line="323" />
            <source>Making the workbook for %1…</source>
            <translation>Danner regnearket for %1…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="356" />
            <source>Comparing %1 with the version sent…</source>
            <translation>Sammenligner %1 med den sendte version…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="378" />
            <source>Save a copy of the workbook sent</source>
            <translation>Gem en kopi af det sendte regneark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="380" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-regneark (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="389" />
            <source>Saved a copy of %1 (version %2) as %3.</source>
            <translation>Gemte en kopi af %1 (version %2) som %3.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="412" />
            <source>Workbook written: %1</source>
            <translation>Regnearket er gemt: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="417" />
            <source>No workbook was written.</source>
            <translation>Der blev ikke gemt noget regneark.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="433" />
            <source>Archiving the workbook…</source>
            <translation>Arkiverer regnearket…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="440" />
            <source>%1 was marked as sent for %2 (version %3); the month is closed.</source>
            <translation>%1 er markeret som sendt for %2 (version %3); måneden er lukket.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="486" />
            <source>%1 has not ended: it can be marked as sent to SSI once it is over.</source>
            <translation>%1 er ikke slut: måneden kan markeres som sendt til SSI, når den er forbi.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="490" />
            <source>Make the workbook for %1 first; the one shown is for %2.</source>
            <translation>Dan først regnearket for %1; det viste er for %2.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="496" />
            <source>The workbook shown is provisional (made before %1 ended): make it again.</source>
            <translation>Regnearket, der vises, er foreløbigt (dannet før %1 sluttede): dan det igen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="505" />
            <location filename="../../pharmacy_app/ui/reports/page.py" line="525" />
            <source>%1 has not been marked as sent.</source>
            <translation>%1 er ikke markeret som sendt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="511" />
            <source>%1 has not ended: a workbook made now is provisional (Foreløbig).</source>
            <translation>%1 er ikke slut: et regneark dannet nu er foreløbigt (Foreløbig).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/page.py" line="517" />
            <source>%1 is closed: version %2 was marked as sent on %3 by %4.</source>
            <translation>%1 er lukket: version %2 blev markeret som sendt %3 af %4.</translation>
        </message>
    </context>
    <context>
        <name>RequestsModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="88" />
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="136" />
            <source>Doses the site should get, in whole vials (type a figure or F2 to change)</source>
            <translation>Doser, stedet skal have, i hele hætteglas (skriv et tal eller F2 for at ændre)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="106" />
            <source>Site</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="107" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="108" />
            <source>Proposed</source>
            <translation>Foreslået</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="110" />
            <source>The app's proposal: the site's recent use times its target cover, minus what it holds</source>
            <translation>Programmets forslag: stedets forbrug for nylig gange dets måldækning, minus det, det har</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="112" />
            <source>Requested</source>
            <translation>Ønsket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="125" />
            <source>Allocated</source>
            <translation>Tildelt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="126" />
            <source>Doses picked from the pharmacy's stock, earliest expiry first</source>
            <translation>Doser plukket fra apotekets lager, tidligste udløb først</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="127" />
            <source>Short</source>
            <translation>Mangler</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="129" />
            <source>Requested doses that cannot be sent: the pharmacy's stock is short, or would expire before the site can use it</source>
            <translation>Ønskede doser, der ikke kan sendes: apotekets lager slår ikke til, eller det ville udløbe, før stedet kan bruge det</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="138" />
            <source>Doses the site was to get, in whole vials (read only: the round is no longer a draft)</source>
            <translation>Doser stedet skulle have, i hele hætteglas (kan ikke ændres: runden er ikke længere en kladde)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="172" />
            <source>Proposal: %1</source>
            <translation>Forslag: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="175" />
            <source>Requested %1 doses = %Ln vial(s)</source>
            <translation>
                <numerusform>Ønsket %1 doser = %Ln hætteglas</numerusform>
                <numerusform>Ønsket %1 doser = %Ln hætteglas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="181" />
            <source>Gets %1 of %2 doses</source>
            <translation>Får %1 af %2 doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="188" />
            <source>Type a figure or press F2 to change; whole vials of %1 doses</source>
            <translation>Skriv et tal eller tryk F2 for at ændre; hele hætteglas á %1 doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="191" />
            <source>Type a figure or press F2 to change</source>
            <translation>Skriv et tal eller tryk F2 for at ændre</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/return_dialog.py" line="39" />
            <source>Return to SSI</source>
            <translation>Returnér til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/return_dialog.py" line="42" />
            <source>The batch is recalled: returning it to SSI is allowed.</source>
            <translation>Batchen er tilbagekaldt: den må gerne returneres til SSI.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/return_dialog.py" line="47" />
            <source>SSI's return or call-back reference</source>
            <translation>SSI's retur- eller tilbagekaldelsesreference</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/return_dialog.py" line="51" />
            <source>e.g. recalled batch, damaged delivery</source>
            <translation>fx tilbagekaldt batch, beskadiget levering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/return_dialog.py" line="52" />
            <source>SSI re&amp;ference</source>
            <translation>SSI-re&amp;ference</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/return_dialog.py" line="54" />
            <source>&amp;Reason</source>
            <translation>&amp;Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/return_dialog.py" line="58" />
            <source>&amp;Return to SSI</source>
            <translation>&amp;Returnér til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/return_dialog.py" line="69" />
            <source>Returning to SSI…</source>
            <translation>Returnerer til SSI…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/return_dialog.py" line="87" />
            <source>return-note</source>
            <translation>returseddel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/return_dialog.py" line="101" />
            <source>Return note, SSI reference %1</source>
            <translation>Returseddel, SSI-reference %1</translation>
        </message>
    </context>
    <context>
        <name>ReverseDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/reverse_dialog.py" line="29" />
            <source>Reverse movement #%1</source>
            <translation>Tilbagefør bevægelse #%1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/reverse_dialog.py" line="32" />
            <source>e.g. sent to the wrong site; typed 60 for 6</source>
            <translation>fx sendt til forkert sted; tastet 60 for 6</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/reverse_dialog.py" line="33" />
            <source>&amp;Reverse</source>
            <translation>&amp;Tilbagefør</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/reverse_dialog.py" line="41" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dosis</numerusform>
                <numerusform>%Ln doser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/reverse_dialog.py" line="42" />
            <source>This undoes movement #%1:</source>
            <translation>Dette fortryder bevægelse #%1:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/reverse_dialog.py" line="45" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/reverse_dialog.py" line="45" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/reverse_dialog.py" line="45" />
            <source>By</source>
            <translation>Af</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/reverse_dialog.py" line="52" />
            <source>Posted now: %1 go back from %2 to %3, pointing at #%4. The original stays in the history, struck through.</source>
            <translation>Bogføres nu: %1 går tilbage fra %2 til %3 og peger på #%4. Den oprindelige bliver i historikken, gennemstreget.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/reverse_dialog.py" line="62" />
            <source>Reversing…</source>
            <translation>Tilbagefører…</translation>
        </message>
    </context>
    <context>
        <name>RiskTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/proposal_text.py" line="23" />
            <source>demand forecast to the next round</source>
            <translation>prognose frem til næste runde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/proposal_text.py" line="18" />
            <source>own use, last 4 weeks</source>
            <translation>eget forbrug, seneste 4 uger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/proposal_text.py" line="19" />
            <source>new site: average of its kind</source>
            <translation>nyt sted: gennemsnit for typen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/proposal_text.py" line="20" />
            <source>new site: its own days so far</source>
            <translation>nyt sted: egne dage indtil nu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/proposal_text.py" line="21" />
            <source>no use recorded</source>
            <translation>intet forbrug registreret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/proposal_text.py" line="22" />
            <source>pharmacy: the whole region's use</source>
            <translation>apotek: hele regionens forbrug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="92" />
            <source>Stock at risk of expiring</source>
            <translation>Lager i risiko for at udløbe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="103" />
            <source>Doses each location will not use before their use-by at its own recent rate of use (earliest use-by used first). The pharmacy's own stock is measured against the whole region's use, after what the sites already hold of earlier use-by. Quarantine is not included.</source>
            <translation>Doser, som hvert sted ikke når at bruge inden sidste anvendelsesdato ved sit eget seneste forbrug (tidligste dato bruges først). Apotekets eget lager måles mod hele regionens forbrug, efter det stederne allerede har med tidligere dato. Karantæne er ikke med.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="124" />
            <source>&amp;Accept selected…</source>
            <translation>&amp;Godkend valgte…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="124" />
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="429" />
            <source>Accept the selected proposal (Enter)</source>
            <translation>Godkend det valgte forslag (Enter)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="132" />
            <source>Rebalancing proposals</source>
            <translation>Forslag til omfordeling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="146" />
            <source>Transfers from locations with stock at risk to locations that will use it in time, most doses saved first. Accepting one posts the transfer.</source>
            <translation>Overførsler fra steder med lager i risiko til steder, der når at bruge det, flest reddede doser først. Godkendes et forslag, bogføres overførslen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="175" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="177" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="179" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="180" />
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="219" />
            <source>Use-by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="181" />
            <source>Days left</source>
            <translation>Dage tilbage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="182" />
            <source>On hand</source>
            <translation>På lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="184" />
            <source>Usable</source>
            <translation>Bruges</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="188" />
            <source>Doses the location will use before the use-by at its rate</source>
            <translation>Doser stedet når at bruge før anvendelsesdatoen med sit forbrug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="191" />
            <source>At risk</source>
            <translation>I risiko</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="198" />
            <source>Doses/day</source>
            <translation>Doser/dag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="199" />
            <source>Rate from</source>
            <translation>Forbrug ud fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="205" />
            <source>Saves</source>
            <translation>Redder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="211" />
            <source>Doses that would otherwise expire</source>
            <translation>Doser der ellers ville udløbe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="214" />
            <source>Product · batch</source>
            <translation>Vare · batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="220" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="221" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="222" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="223" />
            <source>Why</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="230" />
            <source>Another region</source>
            <translation>En anden region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="235" />
            <source>%1 (%2) needs it, by the national picture loaded</source>
            <translation>%1 (%2) har brug for det ifølge det indlæste landsoverblik</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="248" />
            <source>Nothing in the region can use it in time: once another region agrees, send it there with Send to another region… (from a site it goes through the pharmacy).</source>
            <translation>Intet sted i regionen kan nå at bruge det: når en anden region har sagt ja, så send det dertil med Send til en anden region… (fra et sted går det via apoteket).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="266" />
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="354" />
            <source>Send to another region…</source>
            <translation>Send til en anden region…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="284" />
            <source>Nothing is at risk: every location will use its stock before the use-by at its recent rate.</source>
            <translation>Intet er i risiko: alle steder når at bruge deres lager før anvendelsesdatoen med deres seneste forbrug.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="287" />
            <source>No proposals: no stock at risk can be used in time anywhere else.</source>
            <translation>Ingen forslag: intet lager i risiko kan nå at blive brugt andre steder.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="289" />
            <source>No proposals: nothing is at risk.</source>
            <translation>Ingen forslag: intet er i risiko.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="350" />
            <source>Accept…</source>
            <translation>Godkend…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="356" />
            <source>Send these doses to another region's pharmacy, with the lot passport</source>
            <translation>Send disse doser til en anden regions apotek med batchpasset</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="359" />
            <source>Post this transfer (you can lower the doses first)</source>
            <translation>Bogfør denne overførsel (du kan sætte doserne ned først)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="373" />
            <source>Transfer posted: %1 doses of batch %2 from %3 to %4.</source>
            <translation>Overførsel bogført: %1 doser af batch %2 fra %3 til %4.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="386" />
            <source>Sent %1 doses of batch %2 to region %3</source>
            <translation>Sendt %1 doser af batch %2 til region %3</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="393" />
            <source>; the shipment document is not saved yet.</source>
            <translation>; forsendelsesfilen er endnu ikke gemt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="401" />
            <source>; shipment document saved to %1.</source>
            <translation>; forsendelsesfilen er gemt i %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="409" />
            <source>%Ln dose(s) at risk</source>
            <translation>
                <numerusform>%Ln dosis i risiko</numerusform>
                <numerusform>%Ln doser i risiko</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="411" />
            <source>%Ln location(s)</source>
            <translation>
                <numerusform>%Ln sted</numerusform>
                <numerusform>%Ln steder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="413" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln række</numerusform>
                <numerusform>%Ln rækker</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="418" />
            <source>%Ln proposal(s)</source>
            <translation>
                <numerusform>%Ln forslag</numerusform>
                <numerusform>%Ln forslag</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="420" />
            <source>%Ln dose(s) saved in the region</source>
            <translation>
                <numerusform>%Ln dosis reddet i regionen</numerusform>
                <numerusform>%Ln doser reddet i regionen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundHeader</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_header.py" line="35" />
            <source>No round open</source>
            <translation>Ingen runde åben</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_header.py" line="38" />
            <source>Round %1</source>
            <translation>Runde %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_header.py" line="40" />
            <source>For %1</source>
            <translation>Til %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_header.py" line="43" />
            <source>Planned by %1, %2</source>
            <translation>Planlagt af %1, %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_header.py" line="51" />
            <source>Dispatched by %1, %2</source>
            <translation>Afsendt af %1, %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/round_header.py" line="64" />
            <source>%Ln site(s)</source>
            <translation>
                <numerusform>%Ln sted</numerusform>
                <numerusform>%Ln steder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_header.py" line="66" />
            <source>%1 of %2 doses requested</source>
            <translation>%1 af %2 ønskede doser</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/round_header.py" line="68" />
            <source>%Ln unit(s)</source>
            <translation>
                <numerusform>%Ln enhed</numerusform>
                <numerusform>%Ln enheder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_header.py" line="71" />
            <source>%1 of %2 received</source>
            <translation>%1 af %2 modtaget</translation>
        </message>
    </context>
    <context>
        <name>RoundLegends</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_legends.py" line="32" />
            <source>Red site names get less than they asked for; hover over one to see how much.</source>
            <translation>Røde stednavne får mindre, end de bad om; hold musen over et for at se hvor meget.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_legends.py" line="38" />
            <source>Red lots with this badge were recalled after they were picked: change the lot before dispatch.</source>
            <translation>Røde batcher med dette mærke er tilbagekaldt efter plukningen: skift batch før afsendelse.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_legends.py" line="45" />
            <source>Type a figure in Requested to change it; whole vials</source>
            <translation>Skriv et tal under Ønsket for at ændre det; hele hætteglas</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_legends.py" line="47" />
            <source>Cancelled: read only</source>
            <translation>Annulleret: kan ikke ændres</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_legends.py" line="49" />
            <source>Dispatched: read only, the figures the round was sent with</source>
            <translation>Afsendt: kan ikke ændres; tallene runden blev sendt med</translation>
        </message>
    </context>
    <context>
        <name>RoundLifecycle</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="70" />
            <source>Dispatch round %1: %2 doses in %3 to %4?</source>
            <translation>Afsend runde %1: %2 doser i %3 til %4?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="73" />
            <source>%Ln unit(s)</source>
            <translation>
                <numerusform>%Ln enhed</numerusform>
                <numerusform>%Ln enheder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="74" />
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="106" />
            <source>%Ln site(s)</source>
            <translation>
                <numerusform>%Ln sted</numerusform>
                <numerusform>%Ln steder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="78" />
            <source>Each site confirms its receipt here; until then the doses count as in transit.</source>
            <translation>Hvert sted kvitterer for modtagelsen her; indtil da tæller doserne som undervejs.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="80" />
            <source>The doses leave the pharmacy's stock and count at the sites now.</source>
            <translation>Doserne forlader apotekets lager og tæller på stederne fra nu.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="83" />
            <source>%1 requested doses cannot be sent (stock is short).</source>
            <translation>%1 ønskede doser kan ikke sendes (lageret slår ikke til).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="86" />
            <source>Nothing is sent to: %1.</source>
            <translation>Intet sendes til: %1.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="87" />
            <source>After dispatch a list can only be reversed, not cancelled.</source>
            <translation>Efter afsendelse kan en liste kun tilbageføres, ikke annulleres.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="91" />
            <source>Dispatch round</source>
            <translation>Afsend runde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="94" />
            <source>Dispatch</source>
            <translation>Afsend</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="95" />
            <source>Not now</source>
            <translation>Ikke nu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="104" />
            <source>Round %1 dispatched: %2 doses to %3</source>
            <translation>Runde %1 afsendt: %2 doser til %3</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="108" />
            <source>in transit until each site confirms</source>
            <translation>undervejs, indtil hvert sted kvitterer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="111" />
            <source>Dispatching the round…</source>
            <translation>Afsender runden …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="129" />
            <source>Round %1 cancelled; nothing was sent</source>
            <translation>Runde %1 annulleret; intet blev sendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="133" />
            <source>Cancelling the round…</source>
            <translation>Annullerer runden …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="136" />
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="138" />
            <source>Cancel round</source>
            <translation>Annullér runde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="137" />
            <source>Cancel round %1? Nothing of it is sent; its picks are released.</source>
            <translation>Annullér runde %1? Intet af den sendes; dens pluk frigives.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="141" />
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="162" />
            <source>Reason (optional)</source>
            <translation>Årsag (valgfri)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="151" />
            <source>The list for %1 was cancelled</source>
            <translation>Listen til %1 blev annulleret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="154" />
            <source>Cancelling the list…</source>
            <translation>Annullerer listen …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="157" />
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="159" />
            <source>Cancel list</source>
            <translation>Annullér liste</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="158" />
            <source>Take %1 out of this round? Its picks are released for the other sites.</source>
            <translation>Tag %1 ud af denne runde? Dens pluk frigives til de andre steder.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="173" />
            <source>The dispatch to %1 was reversed; the doses are back at the pharmacy</source>
            <translation>Afsendelsen til %1 blev tilbageført; doserne er tilbage på apoteket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="177" />
            <source>Reversing the list…</source>
            <translation>Tilbagefører listen …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="180" />
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="185" />
            <source>Reverse list</source>
            <translation>Tilbagefør liste</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="182" />
            <source>Reverse the dispatch to %1? Every movement of the list is reversed and the doses return to the pharmacy. Say why; the note is kept with the movements.</source>
            <translation>Tilbagefør afsendelsen til %1? Alle listens bevægelser tilbageføres, og doserne vender tilbage til apoteket. Angiv hvorfor; bemærkningen gemmes med bevægelserne.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="201" />
            <source>%1 confirmed: %2 of %3 doses received</source>
            <translation>%1 har kvitteret: %2 af %3 doser modtaget</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="205" />
            <source>the difference is recorded with its reason</source>
            <translation>differencen er registreret med sin årsag</translation>
        </message>
    </context>
    <context>
        <name>RoundListModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="44" />
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="45" />
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="46" />
            <source>The day the round goes out</source>
            <translation>Dagen, runden kører</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="47" />
            <source>Sites</source>
            <translation>Steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="48" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="71" />
            <source>Round %1 for %2</source>
            <translation>Runde %1 til %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="75" />
            <source>%1 doses to %Ln site(s)</source>
            <translation>
                <numerusform>%1 doser til %Ln sted</numerusform>
                <numerusform>%1 doser til %Ln steder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="77" />
            <source>Planned by %1</source>
            <translation>Planlagt af %1</translation>
        </message>
    </context>
    <context>
        <name>RoundTables</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="65" />
            <source>Requests</source>
            <translation>Behov</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="92" />
            <source>Change &amp;lot…</source>
            <translation>Skift &amp;batch …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="94" />
            <source>Pick another lot for the selected line, with a reason (Ctrl+L)</source>
            <translation>Pluk en anden batch til den valgte linje, med en årsag (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="101" />
            <source>Picked lots</source>
            <translation>Plukkede batcher</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="102" />
            <source>earliest use-by first (FEFO)</source>
            <translation>tidligste anvendelsesdato først (FEFO)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="132" />
            <source>Add &amp;visit…</source>
            <translation>Tilføj &amp;besøg …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="134" />
            <source>Plan an institution the mobile unit visits, with the doses per programme</source>
            <translation>Planlæg en institution, den mobile enhed besøger, med doserne pr. program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="136" />
            <source>Remove visit</source>
            <translation>Fjern besøg</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="180" />
            <source>Visit plan – %1</source>
            <translation>Besøgsplan – %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="181" />
            <source>Only mobile units have a visit plan.</source>
            <translation>Kun mobile enheder har en besøgsplan.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="183" />
            <source>Visit plans of the mobile units</source>
            <translation>De mobile enheders besøgsplaner</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="184" />
            <source>Choose a mobile unit on the left to add visits.</source>
            <translation>Vælg en mobil enhed til venstre for at tilføje besøg.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="193" />
            <source>No requests: the site has no recent use of the round's products.</source>
            <translation>Intet behov: stedet har ikke brugt rundens varer for nylig.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="195" />
            <source>Nothing picked yet: no stock at the pharmacy for the requests.</source>
            <translation>Intet plukket endnu: apoteket har ikke lager til behovet.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="196" />
            <source>No visits planned.</source>
            <translation>Ingen besøg planlagt.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="211" />
            <source>%Ln vial(s)</source>
            <translation>
                <numerusform>%Ln hætteglas</numerusform>
                <numerusform>%Ln hætteglas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="214" />
            <source>proposed %1, requested %2, allocated %3</source>
            <translation>foreslået %1, ønsket %2, tildelt %3</translation>
        </message>
    </context>
    <context>
        <name>RoundsPanel</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="30" />
            <source>&amp;New round…</source>
            <translation>&amp;Ny runde …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="30" />
            <source>Plan a distribution round to one or many sites (Ctrl+N)</source>
            <translation>Planlæg en distributionsrunde til et eller flere steder (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="36" />
            <source>No rounds yet. Plan one with New round.</source>
            <translation>Ingen runder endnu. Planlæg en med Ny runde.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="46" />
            <source>&amp;Transfer / return…</source>
            <translation>&amp;Overfør / returnér …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="48" />
            <source>Move stock site to site, back to the pharmacy, or to another region (Ctrl+T)</source>
            <translation>Flyt lager fra sted til sted, tilbage til apoteket eller til en anden region (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="51" />
            <source>Receive from another &amp;region…</source>
            <translation>Modtag fra anden &amp;region …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="53" />
            <source>Receive a lot another region sent, from its shipment file</source>
            <translation>Modtag en batch, som en anden region har sendt, fra dens forsendelsesfil</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="68" />
            <source>Open a round to see its site lists.</source>
            <translation>Åbn en runde for at se dens lister.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="74" />
            <source>Rounds</source>
            <translation>Runder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="75" />
            <source>Drafts first, then the latest dispatched</source>
            <translation>Kladder først, derefter de senest afsendte</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="81" />
            <source>Site lists of the round</source>
            <translation>Rundens lister pr. sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="82" />
            <source>Choose a site to see only its list</source>
            <translation>Vælg et sted for kun at se dets liste</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/rounds_panel.py" line="96" />
            <source>Stock between places</source>
            <translation>Lager mellem steder</translation>
        </message>
    </context>
    <context>
        <name>SendToRegionDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="64" />
            <source>Send to another region</source>
            <translation>Send til en anden region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="71" />
            <source>From %1 through the pharmacy to the other region's pharmacy</source>
            <translation>Fra %1 via apoteket til den anden regions apotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="73" />
            <source>From the pharmacy to the other region's pharmacy</source>
            <translation>Fra apoteket til den anden regions apotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="77" />
            <source>Batch %1 · use-by %2</source>
            <translation>Batch %1 · anvendes senest %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="88" />
            <source>Whole vials of %1 doses; at most the %2 doses proposed.</source>
            <translation>Hele hætteglas à %1 doser; højst de %2 foreslåede doser.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="92" />
            <source>At most the %Ln dose(s) proposed.</source>
            <translation>
                <numerusform>Højst den %Ln foreslåede dosis.</numerusform>
                <numerusform>Højst de %Ln foreslåede doser.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="99" />
            <source>Loading…</source>
            <translation>Henter …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="104" />
            <source>Required: the agreement or order number</source>
            <translation>Skal udfyldes: aftale- eller ordrenummeret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="109" />
            <source>Optional, e.g. who agreed to take it</source>
            <translation>Valgfrit, fx hvem der har sagt ja til at tage det</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="116" />
            <source>&amp;Doses to send</source>
            <translation>&amp;Doser der sendes</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="117" />
            <source>To &amp;region</source>
            <translation>Til &amp;region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="118" />
            <source>R&amp;eference</source>
            <translation>R&amp;eference</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="119" />
            <source>&amp;Note</source>
            <translation>&amp;Bemærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="128" />
            <source>The doses leave the region at once. Then save the shipment file (JSON, the lot and its history) and send it with the goods; the other pharmacy receives it with Receive from another region.</source>
            <translation>Doserne forlader regionen med det samme. Gem derefter forsendelsesfilen (JSON, batchen og dens historik) og send den med varerne; det andet apotek modtager den med Modtag fra en anden region.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="134" />
            <source>&amp;Send…</source>
            <translation>&amp;Send…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="134" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="158" />
            <source>Choose the region</source>
            <translation>Vælg regionen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="195" />
            <source>Sending to another region…</source>
            <translation>Sender til en anden region…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="203" />
            <source>&amp;Save shipment file…</source>
            <translation>&amp;Gem forsendelsesfil…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="204" />
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="218" />
            <source>The doses are sent, but the shipment file is not saved yet: save it to send with the goods.</source>
            <translation>Doserne er sendt, men forsendelsesfilen er endnu ikke gemt: gem den, så den kan sendes med varerne.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/page.py" line="84" />
            <source>Add product…</source>
            <translation>Tilføj vare …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/page.py" line="87" />
            <source>No products yet.</source>
            <translation>Der er endnu ingen varer.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/page.py" line="92" />
            <source>Add site…</source>
            <translation>Tilføj sted …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/page.py" line="95" />
            <source>No sites yet.</source>
            <translation>Der er endnu ingen steder.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/page.py" line="103" />
            <source>Products</source>
            <translation>Varer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/page.py" line="104" />
            <source>Sites</source>
            <translation>Steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/page.py" line="105" />
            <source>General</source>
            <translation>Generelt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/page.py" line="107" />
            <source>Targets</source>
            <translation>Mål</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/page.py" line="109" />
            <source>Shipment keys</source>
            <translation>Forsendelsesnøgler</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/page.py" line="111" />
            <source>Backup</source>
            <translation>Sikkerhedskopi</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/page.py" line="113" />
            <source>Users</source>
            <translation>Brugere</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/page.py" line="115" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
    </context>
    <context>
        <name>SetupGuide</name>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="131" />
            <source>Welcome: three steps to the first delivery</source>
            <translation>Velkommen: tre trin til den første levering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="138" />
            <source>This database is new. Choose the home pharmacy, add the sites it supplies and receive the first delivery from SSI; the stock then appears below.</source>
            <translation>Databasen er ny. Vælg eget sygehusapotek, tilføj de steder, det forsyner, og modtag den første levering fra SSI; lageret vises derefter nedenfor.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="144" />
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="203" />
            <source>Choose home pharmacy…</source>
            <translation>Vælg eget sygehusapotek…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="145" />
            <source>Load the centres</source>
            <translation>Hent centrene</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="146" />
            <source>Add a site…</source>
            <translation>Tilføj et sted…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="147" />
            <source>Receive a delivery…</source>
            <translation>Modtag en levering…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="148" />
            <source>Import a delivery note…</source>
            <translation>Importér en følgeseddel…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="150" />
            <source>Home pharmacy</source>
            <translation>Eget sygehusapotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="151" />
            <source>Sites</source>
            <translation>Steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="152" />
            <source>First delivery</source>
            <translation>Første levering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="194" />
            <source>%1, %2. Deliveries are received here.</source>
            <translation>%1, %2. Leverancer modtages her.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="199" />
            <source>The pharmacy this installation works for; it also decides the region. There is no default: nothing can be received until it is chosen.</source>
            <translation>Det sygehusapotek, installationen arbejder for; det afgør også regionen. Der er intet standardvalg: intet kan modtages, før det er valgt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="203" />
            <source>Change…</source>
            <translation>Skift…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="207" />
            <source>Load %Ln centre(s)</source>
            <translation>
                <numerusform>Hent %Ln center</numerusform>
                <numerusform>Hent %Ln centre</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="209" />
            <source>Centres loaded</source>
            <translation>Centrene er hentet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="214" />
            <source>Choose the home pharmacy first: the sites are those of its region.</source>
            <translation>Vælg først eget sygehusapotek: stederne er dem i apotekets region.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="219" />
            <source>%Ln site(s) in %1.</source>
            <translation>
                <numerusform>%Ln sted i %1.</numerusform>
                <numerusform>%Ln steder i %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="224" />
            <source>The catalogue names %Ln central vaccination centre(s) not added yet: %1.</source>
            <translation>
                <numerusform>Kataloget nævner %Ln centralt vaccinationscenter, der ikke er tilføjet endnu: %1.</numerusform>
                <numerusform>Kataloget nævner %Ln centrale vaccinationscentre, der ikke er tilføjet endnu: %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="228" />
            <source>Add the other sites (decentral, temporary, mobile units) here or under Settings, Sites.</source>
            <translation>Tilføj regionens øvrige steder (decentrale, midlertidige, mobile enheder) her eller under Indstillinger, Steder.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="236" />
            <source>Receive the first delivery note from SSI on the Receiving page: scan the packs, type the lines or import the note's file.</source>
            <translation>Modtag den første følgeseddel fra SSI på siden Modtagelse: scan pakningerne, indtast linjerne eller importér følgesedlens fil.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="251" />
            <source>Adding the sites…</source>
            <translation>Tilføjer stederne…</translation>
        </message>
    </context>
    <context>
        <name>ShipmentKeysTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="68" />
            <source>This pharmacy's key</source>
            <translation>Apotekets nøgle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="79" />
            <source>&amp;Export public key…</source>
            <translation>&amp;Eksportér offentlig nøgle…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="81" />
            <source>Save the public key as a file to send to another region's pharmacy</source>
            <translation>Gem den offentlige nøgle som en fil, der kan sendes til en anden regions apotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="84" />
            <source>&amp;Copy public key</source>
            <translation>&amp;Kopiér offentlig nøgle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="84" />
            <source>Copy the public key to paste in an e-mail</source>
            <translation>Kopiér den offentlige nøgle, så den kan indsættes i en e-mail</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="89" />
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="177" />
            <source>Fingerprint</source>
            <translation>Fingeraftryk</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="90" />
            <source>Private key</source>
            <translation>Privat nøgle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="103" />
            <source>Shipment files this pharmacy sends to other regions are signed with this key. Give the public key to the other regions' pharmacies and read the fingerprint to them by phone. The private key stays on this computer, readable only by you: never send it.</source>
            <translation>Forsendelsesfiler, som apoteket sender til andre regioner, signeres med denne nøgle. Giv den offentlige nøgle til de andre regioners apoteker, og læs fingeraftrykket op for dem i telefonen. Den private nøgle bliver på denne computer og kan kun læses af dig: send den aldrig.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="113" />
            <source>&amp;Trust a key…</source>
            <translation>&amp;Godkend en nøgle…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="113" />
            <source>Trust another region's public key</source>
            <translation>Godkend en anden regions offentlige nøgle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="116" />
            <source>&amp;Revoke…</source>
            <translation>&amp;Tilbagekald…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="116" />
            <source>Stop trusting the chosen key</source>
            <translation>Stop med at godkende den valgte nøgle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="124" />
            <source>No keys yet: shipment files from other regions cannot be received until their key is trusted here.</source>
            <translation>Ingen nøgler endnu: forsendelsesfiler fra andre regioner kan ikke modtages, før deres nøgle er godkendt her.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="136" />
            <source>Keys trusted for other regions</source>
            <translation>Godkendte nøgler for andre regioner</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="140" />
            <source>A shipment file from another region is received only when it is signed with one of these keys and was not changed after it was signed.</source>
            <translation>En forsendelsesfil fra en anden region modtages kun, når den er signeret med en af disse nøgler og ikke er ændret, efter at den blev signeret.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="158" />
            <source>Trusted</source>
            <translation>Godkendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="159" />
            <source>Revoked %1</source>
            <translation>Tilbagekaldt %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="165" />
            <source>Revoked %1 by %2</source>
            <translation>Tilbagekaldt %1 af %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="174" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="175" />
            <source>Label</source>
            <translation>Betegnelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="184" />
            <source>Added</source>
            <translation>Tilføjet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="189" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="242" />
            <source>Export the public key</source>
            <translation>Eksportér den offentlige nøgle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="242" />
            <source>Public keys (*.pem)</source>
            <translation>Offentlige nøgler (*.pem)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="251" />
            <source>The key could not be saved: %1</source>
            <translation>Nøglen kunne ikke gemmes: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="253" />
            <source>Saved as %1</source>
            <translation>Gemt som %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="260" />
            <source>The public key is on the clipboard.</source>
            <translation>Den offentlige nøgle er kopieret til udklipsholderen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="288" />
            <source>Revoke the key</source>
            <translation>Tilbagekald nøglen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="290" />
            <source>Stop trusting the key %1 for %2? Shipment files signed with it will be refused from now on; what was received with it stays received.</source>
            <translation>Skal nøglen %1 for %2 ikke længere være godkendt? Forsendelsesfiler, der er signeret med den, afvises fremover; det, der er modtaget med den, forbliver modtaget.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/shipment_keys_tab.py" line="299" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
    </context>
    <context>
        <name>ShortageBanner</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="44" />
            <source>Split &amp;fairly</source>
            <translation>Fordel &amp;ligeligt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="46" />
            <source>Give every site about the same share of what it asked for (Ctrl+Shift+F)</source>
            <translation>Giv hvert sted omtrent samme andel af det ønskede (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="49" />
            <source>Serve in &amp;order</source>
            <translation>Efter &amp;rækkefølge</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="51" />
            <source>Serve the sites in the list's order until the stock runs out</source>
            <translation>Forsyn stederne i listens rækkefølge, til lageret slipper op</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="69" />
            <source>%1 gets %2 of %3</source>
            <translation>%1 får %2 af %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="75" />
            <source>%Ln more site(s)</source>
            <translation>
                <numerusform>%Ln sted mere</numerusform>
                <numerusform>%Ln steder mere</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="76" />
            <source>Short by %1 doses of %2:</source>
            <translation>Mangler %1 doser %2:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="79" />
            <source>%Ln more product(s) short</source>
            <translation>
                <numerusform>%Ln vare mere mangler</numerusform>
                <numerusform>%Ln varer mere mangler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="85" />
            <source>%Ln more storage limit(s)</source>
            <translation>
                <numerusform>%Ln begrænsning mere i opbevaringen</numerusform>
                <numerusform>%Ln begrænsninger mere i opbevaringen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="87" />
            <source>Split fairly: every site gets about the same share of its request.</source>
            <translation>Fordelt ligeligt: hvert sted får omtrent samme andel af sit behov.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="90" />
            <source>Stock cannot cover every request (or would expire before the site can use it); the sites first in the list are served first.</source>
            <translation>Lageret kan ikke dække alt det ønskede (eller ville udløbe, før stedet kan bruge det); stederne øverst på listen forsynes først.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="95" />
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="97" />
            <source>Sign in</source>
            <translation>Log ind</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="96" />
            <source>Sign in to work with the vaccine stock in %1.</source>
            <translation>Log ind for at arbejde med vaccinelageret i %1.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="104" />
            <source>User name</source>
            <translation>Brugernavn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/dialogs.py" line="105" />
            <source>Password</source>
            <translation>Adgangskode</translation>
        </message>
    </context>
    <context>
        <name>SignInSession</name>
        <message>
            <location filename="../../pharmacy_app/ui/signin/session.py" line="51" />
            <source>S&amp;witch user…</source>
            <extracomment>The user (or their role) changed: after a switch of user.</extracomment>
            <translation>Skift &amp;bruger…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/session.py" line="55" />
            <source>&amp;Lock</source>
            <translation>&amp;Lås</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/signin/session.py" line="82" />
            <source>User: %1</source>
            <translation>Bruger: %1</translation>
        </message>
    </context>
    <context>
        <name>SimulationForm</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="131" />
            <source>The autumn season to play, by the year it starts</source>
            <translation>Efterårssæsonen, der spilles, angivet ved det år, den begynder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="144" />
            <source>Each seed draws the season's demand anew; several give a mean and a spread</source>
            <translation>Hvert frø (seed) trækker sæsonens efterspørgsel på ny; flere frø giver et gennemsnit og en spredning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="156" />
            <source>to</source>
            <translation>til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="168" />
            <source>C&amp;hoose sites…</source>
            <translation>Vælg s&amp;teder…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="170" />
            <source>Simulate only some of the region's sites</source>
            <translation>Simulér kun nogle af regionens steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="172" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="174" />
            <source>Simulate every site of the region</source>
            <translation>Simulér alle regionens steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="186" />
            <source>App's setting</source>
            <translation>Programmets indstilling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="189" />
            <source>Days of use a round sends; the app's setting per kind of site when not given</source>
            <translation>Dages forbrug, en runde sender; programmets indstilling pr. stedtype, når intet er angivet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="193" />
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="200" />
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="210" />
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="196" />
            <source>Days between distribution rounds; the app's setting when not given</source>
            <translation>Dage mellem distributionsrunder; programmets indstilling, når intet er angivet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="205" />
            <source>Play only the season's first days, for a quick look; the whole season when not given</source>
            <translation>Spil kun sæsonens første dage for et hurtigt overblik; hele sæsonen, når intet er angivet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="209" />
            <source>Whole season</source>
            <translation>Hele sæsonen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="216" />
            <source>Each run writes its workbook, chart and simulated databases into a new folder in this one (remembered on this computer)</source>
            <translation>Hver kørsel skriver sit regneark, diagram og sine simulerede databaser i en ny mappe i denne (huskes på denne computer)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="224" />
            <source>Choose…</source>
            <translation>Vælg…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="226" />
            <source>Choose the folder the simulation writes to</source>
            <translation>Vælg mappen, simuleringen skriver i</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="239" />
            <source>&amp;Season</source>
            <translation>&amp;Sæson</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="240" />
            <source>S&amp;eeds</source>
            <translation>&amp;Frø</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="241" />
            <source>Policies</source>
            <translation>Politikker</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="242" />
            <source>Sites</source>
            <translation>Steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="243" />
            <source>Co&amp;ver days</source>
            <translation>&amp;Dækningsdage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="244" />
            <source>&amp;Days between rounds</source>
            <translation>Dage mellem r&amp;under</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="245" />
            <source>Da&amp;ys played</source>
            <translation>Da&amp;ge spillet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="246" />
            <source>Output fo&amp;lder</source>
            <translation>Ma&amp;ppe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="303" />
            <source>All the region's sites (%1)</source>
            <translation>Alle regionens steder (%1)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="305" />
            <source>All the region's sites</source>
            <translation>Alle regionens steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="309" />
            <source>%1 of %2: %3</source>
            <translation>%1 af %2: %3</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="357" />
            <source>Folder for the simulation</source>
            <translation>Mappe til simuleringen</translation>
        </message>
    </context>
    <context>
        <name>SimulationResults</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="144" />
            <source>Comparison of the policies</source>
            <translation>Sammenligning af politikkerne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="156" />
            <source>Choose the season, seeds and policies and press Run simulation. Each policy's waste, stock-outs and doses moved appear here, with the targets, the chart and the assumptions.</source>
            <translation>Vælg sæson, frø og politikker, og tryk Kør simulering. Hver politiks spild, mangler og flyttede doser vises her sammen med målene, diagrammet og forudsætningerne.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="195" />
            <source>Open &amp;folder</source>
            <translation>Åbn &amp;mappe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="198" />
            <source>Open the folder holding the workbook, the chart and the databases</source>
            <translation>Åbn mappen med regnearket, diagrammet og databaserne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="200" />
            <source>Open &amp;workbook</source>
            <translation>Åbn r&amp;egneark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="203" />
            <source>Open the simulation's workbook (every run, every figure)</source>
            <translation>Åbn simuleringens regneark (hver kørsel, hvert tal)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="233" />
            <source>%1 (click to open it full size)</source>
            <translation>%1 (klik for at åbne det i fuld størrelse)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="260" />
            <source>No simulation has run yet.</source>
            <translation>Der er endnu ikke kørt en simulering.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="263" />
            <source>every site of the region</source>
            <translation>alle regionens steder</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="265" />
            <source>%Ln site(s)</source>
            <translation>
                <numerusform>%Ln sted</numerusform>
                <numerusform>%Ln steder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="268" />
            <source>Season %1, seeds %2, %3.</source>
            <translation>Sæson %1, frø %2, %3.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="281" />
            <source>Met</source>
            <translation>Nået</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="281" />
            <source>Missed</source>
            <translation>Ikke nået</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="286" />
            <source>Targets</source>
            <translation>Mål</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="294" />
            <source>Assumptions</source>
            <translation>Forudsætninger</translation>
        </message>
    </context>
    <context>
        <name>SimulationTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_tab.py" line="130" />
            <source>&amp;Run simulation</source>
            <translation>&amp;Kør simulering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_tab.py" line="133" />
            <source>Play the season with each policy chosen and compare them (Enter)</source>
            <translation>Spil sæsonen med hver valgt politik, og sammenlign dem (Enter)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_tab.py" line="146" />
            <source>Season simulation</source>
            <translation>Simulering af en sæson</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_tab.py" line="150" />
            <source>Plays a whole season day by day on a new database in the output folder, with the app's own rules deciding rounds, FEFO and rebalancing; the pharmacy's database is never touched.</source>
            <translation>Spiller en hel sæson dag for dag på en ny database i mappen, hvor programmets egne regler bestemmer runder, FEFO og omfordeling; apotekets database røres aldrig.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_tab.py" line="203" />
            <source>Simulating the season %1…</source>
            <translation>Simulerer sæson %1…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_tab.py" line="205" />
            <source>Simulating the season %1: %2, seed %3…</source>
            <translation>Simulerer sæson %1: %2, frø %3…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_tab.py" line="242" />
            <source>Done: the files are in %1.</source>
            <translation>Færdig: filerne ligger i %1.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_tab.py" line="248" />
            <source>The simulation did not run; nothing was written.</source>
            <translation>Simuleringen blev ikke kørt; intet blev skrevet.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_tab.py" line="254" />
            <source>The simulation was cancelled; no files were written.</source>
            <translation>Simuleringen blev annulleret; ingen filer blev skrevet.</translation>
        </message>
    </context>
    <context>
        <name>SiteChooser</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="66" />
            <source>Sites to simulate</source>
            <translation>Steder, der simuleres</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="79" />
            <source>Use these sites</source>
            <translation>Brug disse steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="79" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/simulation_form.py" line="83" />
            <source>The run plays only the ticked sites; fewer sites run faster.</source>
            <translation>Kørslen spiller kun de afkrydsede steder; færre steder går hurtigere.</translation>
        </message>
    </context>
    <context>
        <name>SiteListsModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="98" />
            <source>Site</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="100" />
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="102" />
            <source>The site's distribution list: draft, dispatched, received or cancelled</source>
            <translation>Stedets distributionsliste: kladde, afsendt, modtaget eller annulleret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="103" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="105" />
            <source>Doses picked for the site</source>
            <translation>Doser plukket til stedet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="122" />
            <source>All sites (%1)</source>
            <translation>Alle steder (%1)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="139" />
            <source>List %1</source>
            <translation>Liste %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="145" />
            <source>Gets %1 doses less than requested</source>
            <translation>Får %1 doser mindre end ønsket</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="147" />
            <source>%Ln visit(s) planned</source>
            <translation>
                <numerusform>%Ln besøg planlagt</numerusform>
                <numerusform>%Ln besøg planlagt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="150" />
            <source>Received by %1, %2</source>
            <translation>Modtaget af %1, %2</translation>
        </message>
    </context>
    <context>
        <name>StockDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/stock_dialog.py" line="58" />
            <source>&amp;Doses</source>
            <translation>&amp;Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/stock_dialog.py" line="80" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/stock_dialog.py" line="81" />
            <source>Expiry</source>
            <translation>Udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/stock_dialog.py" line="95" />
            <source>= %1 vials/syringes · %2 packs</source>
            <translation>= %1 hætteglas/sprøjter · %2 pakninger</translation>
        </message>
    </context>
    <context>
        <name>StockModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="156" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="158" />
            <source>Location kind</source>
            <translation>Stedtype</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="159" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="160" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="161" />
            <location filename="../../pharmacy_app/ui/stock/model.py" line="349" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="161" />
            <source>SSI item number (varenummer)</source>
            <translation>SSI's varenummer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="162" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="163" />
            <source>Expiry</source>
            <translation>Udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="164" />
            <source>The manufacturer's expiry date</source>
            <translation>Producentens udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="165" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="166" />
            <source>Use by: the expiry date, or earlier once thawed</source>
            <translation>Anvendes senest: udløbsdatoen, eller tidligere når varen er optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="167" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="168" />
            <source>Packs</source>
            <translation>Pakninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="169" />
            <source>Packs as delivered by SSI</source>
            <translation>Pakninger som leveret af SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="170" />
            <source>Units</source>
            <translation>Enheder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="171" />
            <source>Vials, syringes or applicators</source>
            <translation>Hætteglas, sprøjter eller applikatorer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/model.py" line="356" />
            <source>Thawed %1</source>
            <translation>Optøet %1</translation>
        </message>
    </context>
    <context>
        <name>StockOutsTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="143" />
            <source>From: %1</source>
            <translation>Ud fra: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="58" />
            <source>E&amp;xport…</source>
            <translation>E&amp;ksportér…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="58" />
            <source>Write the list to a CSV or Excel file</source>
            <translation>Skriv listen til en CSV- eller Excel-fil</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="63" />
            <source>Sites that will run out</source>
            <translation>Steder, der løber tør</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="74" />
            <source>Sites whose usable stock (what they will use before its use-by) runs out before their next round, and sites below their minimum. Days of cover = usable stock / doses a day over the last 4 weeks. The next round is the next planned round to the site, else today plus the days between rounds (Settings › General). Targets: Settings › Targets; without one a site keeps its kind's days of cover, with half of them as its minimum.</source>
            <translation>Steder, hvis brugbare lager (det de når at bruge inden sidste anvendelsesdato) slipper op før deres næste runde, og steder under deres minimum. Dages dækning = brugbart lager / doser pr. dag de sidste 4 uger. Næste runde er den næste planlagte runde til stedet, ellers i dag plus dagene mellem runder (Indstillinger › Generelt). Mål: Indstillinger › Mål; uden eget mål har et sted sin stedtypes dages dækning, med halvdelen som minimum.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="96" />
            <source>Sites running out before their next round: %1 · below their minimum: %2</source>
            <translation>Steder, der løber tør før næste runde: %1 · under minimum: %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="100" />
            <source>No site will run out before its next round.</source>
            <translation>Intet sted løber tør før sin næste runde.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="109" />
            <source>runs out %1, %Ln day(s) before the next round</source>
            <translation>
                <numerusform>løber tør %1, %Ln dag før næste runde</numerusform>
                <numerusform>løber tør %1, %Ln dage før næste runde</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="114" />
            <source>%1 usable doses, below the minimum of %2</source>
            <translation>%1 brugbare doser, under minimum på %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="122" />
            <source>doses</source>
            <translation>doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="122" />
            <source>days</source>
            <translation>dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="124" />
            <source> (kind)</source>
            <translation> (stedtype)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="132" />
            <source>%1 (interval)</source>
            <translation>%1 (interval)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="136" />
            <source>Site</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="137" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="138" />
            <source>Stock</source>
            <translation>Lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="139" />
            <source>%1 on hand, %2 usable before the use-by</source>
            <translation>%1 på lager, %2 brugbare inden sidste anvendelsesdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="141" />
            <source>Doses/day</source>
            <translation>Doser/dag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="144" />
            <source>Days of cover</source>
            <translation>Dages dækning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="146" />
            <source>Runs out</source>
            <translation>Løber tør</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="148" />
            <source>Next round</source>
            <translation>Næste runde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="149" />
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="150" />
            <source>Why</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="157" />
            <source>Export stock-outs</source>
            <translation>Eksportér mangler</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="166" />
            <source>Exporting stock-outs…</source>
            <translation>Eksporterer mangler …</translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="133" />
            <source>Search batch, product or location  (Ctrl+F)</source>
            <translation>Søg batch, vare eller sted  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="143" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="144" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="145" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="285" />
            <source>Release held stock…</source>
            <translation>Frigiv tilbageholdt lager…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="285" />
            <source>Release the selected held stock from quarantine to the pharmacy</source>
            <translation>Frigiv det valgte tilbageholdte lager fra karantæne til apoteket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="286" />
            <source>Discard…</source>
            <translation>Kassér…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="286" />
            <source>Discard doses of the selected row with a reason</source>
            <translation>Kassér doser fra den valgte række med en årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="287" />
            <source>Thaw…</source>
            <translation>Optø…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="287" />
            <source>Thaw doses of the selected frozen stock; its thawed shelf life starts</source>
            <translation>Optø doser af det valgte frosne lager; holdbarheden efter optøning starter</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="288" />
            <source>Return to SSI…</source>
            <translation>Returnér til SSI…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="288" />
            <source>Send doses of the selected stock at the pharmacy or its quarantine back to SSI, with SSI's reference</source>
            <translation>Send doser af det valgte lager på apoteket eller i karantæne tilbage til SSI med SSI's reference</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="293" />
            <source>Amber italic rows are held (quarantine, or a temperature excursion): in stock, but not pickable until released or decided.</source>
            <translation>Rækker i gul kursiv er tilbageholdt (karantæne eller temperaturudsving): på lager, men kan ikke plukkes, før de frigives eller der er besluttet.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="387" />
            <source>%1 (not in use)</source>
            <translation>%1 (ikke i brug)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="393" />
            <source>All programmes</source>
            <translation>Alle programmer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="394" />
            <source>All locations</source>
            <translation>Alle steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="400" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="405" />
            <source>All products</source>
            <translation>Alle varer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="429" />
            <source>No stock matches the filter.</source>
            <translation>Intet lager passer til filteret.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="431" />
            <source>There is no stock yet. Stock appears here when deliveries are received.</source>
            <translation>Der er endnu intet lager. Lageret vises her, når leverancer er modtaget.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/page.py" line="438" />
            <source>Loading…</source>
            <translation>Henter …</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/page.py" line="441" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln række</numerusform>
                <numerusform>%Ln rækker</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/page.py" line="442" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dosis</numerusform>
                <numerusform>%Ln doser</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StockPicker</name>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/stock_picker.py" line="85" />
            <source>%1 · batch %2 · use by %3 · %4 doses</source>
            <translation>%1 · batch %2 · anvendes senest %3 · %4 doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/stock_picker.py" line="93" />
            <source>No stock here</source>
            <translation>Intet lager her</translation>
        </message>
    </context>
    <context>
        <name>StocktakeModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="36" />
            <source>Open</source>
            <translation>Åben</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="38" />
            <source>Posted</source>
            <translation>Bogført</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="40" />
            <source>Cancelled</source>
            <translation>Annulleret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="50" />
            <source>Freezer</source>
            <translation>Fryser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="52" />
            <source>Fridge 2–8 °C</source>
            <translation>Køleskab 2–8 °C</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="60" />
            <source>Cycle count: chosen lots</source>
            <translation>Cyklisk optælling: udvalgte partier</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="63" />
            <source>Programme %1</source>
            <translation>Program %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="65" />
            <source>Item %1</source>
            <translation>Varenr. %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="68" />
            <source>Whole stock</source>
            <translation>Hele lageret</translation>
        </message>
    </context>
    <context>
        <name>StocktakePage</name>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="94" />
            <source>No counts yet. Start one with New count (Ctrl+N).</source>
            <translation>Ingen optællinger endnu. Start en med Ny optælling (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="100" />
            <source>&amp;New count…</source>
            <translation>&amp;Ny optælling…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="102" />
            <source>Count the stock at a place, whole or filtered (Ctrl+N)</source>
            <translation>Optæl lageret på et sted, helt eller filtreret (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="109" />
            <source>C&amp;ounts</source>
            <translation>O&amp;ptællinger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="110" />
            <source>Suggested counts &amp;today</source>
            <translation>Foreslåede optællinger i &amp;dag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="126" />
            <source>&amp;Import count file…</source>
            <translation>&amp;Indlæs optællingsfil…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="128" />
            <source>Enter the counts of a CSV count file (Ctrl+I)</source>
            <translation>Indlæs de optalte antal fra en CSV-optællingsfil (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="131" />
            <source>Count &amp;sheet (PDF)</source>
            <translation>Optællings&amp;liste (PDF)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="133" />
            <source>The list to count from, with boxes to write in (Ctrl+P)</source>
            <translation>Listen at tælle efter, med felter at skrive i (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="136" />
            <source>&amp;Report (PDF)</source>
            <translation>&amp;Rapport (PDF)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="138" />
            <source>Expected, counted, differences and reasons (Ctrl+R)</source>
            <translation>Forventet, optalt, afvigelser og årsager (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="141" />
            <source>Show &amp;expected</source>
            <translation>Vis &amp;forventet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="144" />
            <source>Blind count: show the expected figures and differences, to review them (Ctrl+E)</source>
            <translation>Blind optælling: vis de forventede tal og afvigelser for at kontrollere dem (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="149" />
            <source>&amp;Cancel count…</source>
            <translation>&amp;Annuller optælling…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="149" />
            <source>Drop this count; nothing is posted</source>
            <translation>Opgiv denne optælling; intet bogføres</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="152" />
            <source>&amp;Post…</source>
            <translation>&amp;Bogfør…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="154" />
            <source>Write the differences to the stock (Ctrl+Enter)</source>
            <translation>Skriv afvigelserne til lageret (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="206" />
            <source>New count</source>
            <translation>Ny optælling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="208" />
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="475" />
            <source>Import count file</source>
            <translation>Indlæs optællingsfil</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="210" />
            <source>Count sheet</source>
            <translation>Optællingsliste</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="212" />
            <source>Stocktake report</source>
            <translation>Optællingsrapport</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="215" />
            <source>Show expected</source>
            <translation>Vis forventet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="218" />
            <source>Post count</source>
            <translation>Bogfør optælling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="337" />
            <source>Nothing is held here in this count's scope. Scan a pack to add a lot found on the shelf.</source>
            <translation>Intet er på lager her inden for optællingens omfang. Scan en pakning for at tilføje et parti fundet på hylden.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="349" />
            <source>&lt;i&gt;No count chosen.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Ingen optælling valgt.&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="352" />
            <source>Count %1 at %2</source>
            <translation>Optælling %1 på %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="357" />
            <source>started %1 by %2</source>
            <translation>startet %1 af %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="363" />
            <source>blind count</source>
            <translation>blind optælling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="365" />
            <source>posted %1 by %2</source>
            <translation>bogført %1 af %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="368" />
            <source>approved by %1</source>
            <translation>godkendt af %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="377" />
            <source>%Ln lot(s)</source>
            <translation>
                <numerusform>%Ln parti</numerusform>
                <numerusform>%Ln partier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="377" />
            <source>%Ln counted</source>
            <translation>
                <numerusform>%Ln optalt</numerusform>
                <numerusform>%Ln optalt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="379" />
            <source>differences hidden (blind count)</source>
            <translation>afvigelser skjult (blind optælling)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="382" />
            <source>%Ln with a difference</source>
            <translation>
                <numerusform>%Ln med afvigelse</numerusform>
                <numerusform>%Ln med afvigelse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="384" />
            <source>%Ln need(s) approval</source>
            <translation>
                <numerusform>%Ln kræver godkendelse</numerusform>
                <numerusform>%Ln kræver godkendelse</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="389" />
            <source>Start a count with New count (Ctrl+N), or choose one above.</source>
            <translation>Start en optælling med Ny optælling (Ctrl+N), eller vælg en ovenfor.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="392" />
            <source>Type the units counted and press Enter for the next lot, or scan each pack anywhere on this page. Give a reason for each difference, then Post (Ctrl+Enter).</source>
            <translation>Tast antal optalte enheder og tryk Enter for næste parti, eller scan hver pakning hvor som helst på siden. Angiv en årsag for hver afvigelse, og bogfør så (Ctrl+Enter).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="397" />
            <source>Posted: the differences are in the stock. Report (Ctrl+R) shows the stocktake report.</source>
            <translation>Bogført: afvigelserne er på lageret. Rapport (Ctrl+R) viser optællingsrapporten.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="399" />
            <source>Cancelled: nothing of this count was posted.</source>
            <translation>Annulleret: intet af denne optælling blev bogført.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="464" />
            <source>Count %1 started: the expected figures are frozen now. Print the count sheet (Ctrl+P) or start counting.</source>
            <translation>Optælling %1 er startet: de forventede tal er fastfrosset nu. Udskriv optællingslisten (Ctrl+P), eller begynd at tælle.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="475" />
            <source>Count files (*.csv);;All files (*)</source>
            <translation>Optællingsfiler (*.csv);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="492" />
            <source>count-sheet</source>
            <translation>optaellingsliste</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="492" />
            <source>stocktake-report</source>
            <translation>optaellingsrapport</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="496" />
            <source>Count sheet %1</source>
            <translation>Optællingsliste %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="496" />
            <source>Stocktake report %1</source>
            <translation>Optællingsrapport %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="520" />
            <source>%Ln lot(s) not counted yet: count them (0 when none is there) before posting.</source>
            <translation>
                <numerusform>%Ln parti er ikke optalt endnu: optæl det (0 når der intet er) før bogføring.</numerusform>
                <numerusform>%Ln partier er ikke optalt endnu: optæl dem (0 når der intet er) før bogføring.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="544" />
            <source>Count %1 posted: %Ln adjustment(s) written to the stock.</source>
            <translation>
                <numerusform>Optælling %1 bogført: %Ln regulering skrevet til lageret.</numerusform>
                <numerusform>Optælling %1 bogført: %Ln reguleringer skrevet til lageret.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="548" />
            <source>Count posted</source>
            <translation>Optælling bogført</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="549" />
            <source>Count %1 is posted. Show the stocktake report to print or save it?</source>
            <translation>Optælling %1 er bogført. Vis optællingsrapporten for at udskrive eller gemme den?</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="553" />
            <source>&amp;Show report</source>
            <translation>&amp;Vis rapport</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="554" />
            <source>Not now</source>
            <translation>Ikke nu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="568" />
            <source>Cancelling the count…</source>
            <translation>Annullerer optællingen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="572" />
            <source>Cancel count</source>
            <translation>Annuller optælling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="573" />
            <source>Cancel count %1 at %2?</source>
            <translation>Annuller optælling %1 på %2?</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="576" />
            <source>Nothing of it is posted; what was counted stays on record.</source>
            <translation>Intet af den bogføres; det optalte gemmes.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="577" />
            <source>Cancel the &amp;count</source>
            <translation>Annuller &amp;optællingen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="578" />
            <source>&amp;Keep counting</source>
            <translation>&amp;Fortsæt optællingen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="587" />
            <source>Count %1 cancelled; nothing was posted.</source>
            <translation>Optælling %1 annulleret; intet blev bogført.</translation>
        </message>
    </context>
    <context>
        <name>StorageClasses</name>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="51" />
            <source>The place's fridge or cool box</source>
            <translation>Stedets køleskab eller køleboks</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="52" />
            <source>Ultra-low freezer (−90 to −60 °C)</source>
            <translation>Ultrafryser (−90 til −60 °C)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="53" />
            <source>Freezer (−25 to −15 °C)</source>
            <translation>Fryser (−25 til −15 °C)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="54" />
            <source>Fridge (2–8 °C)</source>
            <translation>Køleskab (2–8 °C)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="55" />
            <source>Cool box (2–8 °C)</source>
            <translation>Køleboks (2–8 °C)</translation>
        </message>
    </context>
    <context>
        <name>StorageEditor</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/storage_editor.py" line="39" />
            <source>Capacity in packs</source>
            <translation>Kapacitet i pakninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/storage_editor.py" line="40" />
            <source>or in litres</source>
            <translation>eller i liter</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/storage_editor.py" line="47" />
            <location filename="../../pharmacy_app/ui/settings/storage_editor.py" line="55" />
            <source>no limit</source>
            <translation>ingen grænse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/storage_editor.py" line="48" />
            <source> packs</source>
            <translation> pakn.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/storage_editor.py" line="97" />
            <source>Recorded for this site.</source>
            <translation>Registreret for dette sted.</translation>
        </message>
    </context>
    <context>
        <name>StorageLabels</name>
        <message>
            <location filename="../../pharmacy_app/ui/common/storage_labels.py" line="18" />
            <source>Ultra-low freezer</source>
            <translation>Ultrafryser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/storage_labels.py" line="19" />
            <source>Freezer</source>
            <translation>Fryser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/storage_labels.py" line="20" />
            <source>Fridge</source>
            <translation>Køleskab</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/storage_labels.py" line="21" />
            <source>Cool box</source>
            <translation>Køleboks</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/storage_labels.py" line="26" />
            <source>freezer −90/−60</source>
            <translation>fryser −90/−60</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/storage_labels.py" line="27" />
            <source>freezer −25/−15</source>
            <translation>fryser −25/−15</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/storage_labels.py" line="28" />
            <source>fridge</source>
            <translation>køleskab</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/storage_labels.py" line="29" />
            <source>cool box</source>
            <translation>køleboks</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/storage_labels.py" line="60" />
            <location filename="../../pharmacy_app/ui/common/storage_labels.py" line="101" />
            <source>%1 packs</source>
            <translation>%1 pakninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/storage_labels.py" line="84" />
            <source>Default for %1: %2</source>
            <translation>Standard for %1: %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/common/storage_labels.py" line="96" />
            <source>%1 of %2 packs (%3 %)</source>
            <translation>%1 af %2 pakninger (%3 %)</translation>
        </message>
    </context>
    <context>
        <name>StoredLotModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/models.py" line="64" />
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/models.py" line="67" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/models.py" line="68" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/models.py" line="69" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/models.py" line="80" />
            <source>Packs</source>
            <translation>Pakninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/models.py" line="79" />
            <source>Expiry</source>
            <translation>Udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/models.py" line="76" />
            <source>Thawed</source>
            <translation>Optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/models.py" line="71" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/cold_chain/models.py" line="73" />
            <source>Thawed: used by this day at the latest</source>
            <translation>Optøet: anvendes senest denne dag</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="40" />
            <source>never</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="42" />
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="43" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="45" />
            <source>Why</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="47" />
            <source>Doses held</source>
            <translation>Doser på lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="49" />
            <source>Moves (30 d)</source>
            <translation>Bevægelser (30 d)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="53" />
            <source>Movements in or out of this place in the last 30 days</source>
            <translation>Bevægelser ind eller ud af stedet de sidste 30 dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="56" />
            <source>Last counted</source>
            <translation>Sidst optalt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="60" />
            <source>Expiry</source>
            <translation>Udløb</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="61" />
            <source>Thawed</source>
            <translation>Optøet</translation>
        </message>
    </context>
    <context>
        <name>SummaryModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/models.py" line="91" />
            <source>%1 in the workbook</source>
            <translation>%1 i regnearket</translation>
        </message>
    </context>
    <context>
        <name>TargetsTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="47" />
            <source>Filter by site or product…</source>
            <translation>Filtrér efter sted eller vare …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="55" />
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="181" />
            <source>days of cover</source>
            <translation>dages dækning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="56" />
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="181" />
            <source>doses</source>
            <translation>doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="65" />
            <source>&amp;Save target</source>
            <translation>&amp;Gem mål</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="65" />
            <source>Save the target (Enter)</source>
            <translation>Gem målet (Enter)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="67" />
            <source>Use the &amp;kind's default</source>
            <translation>Brug &amp;stedtypens standard</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="67" />
            <source>Remove the site's own target</source>
            <translation>Fjern stedets eget mål</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="76" />
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="192" />
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="78" />
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="194" />
            <source>Maximum</source>
            <translation>Maksimum</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="89" />
            <source>Each site's minimum and maximum stock per product, in doses or in days of cover. Without its own target a site keeps its kind's days of cover as the maximum and half of them as the minimum (grey rows). A site below its minimum, or that will run out before its next round, is listed under Expiry and stock-outs › Stock-outs.</source>
            <translation>Hvert steds minimum og maksimum pr. vare, i doser eller i dages dækning. Uden eget mål har et sted sin stedtypes dages dækning som maksimum og halvdelen som minimum (grå rækker). Et sted under sit minimum, eller som løber tør før sin næste runde, vises under Udløb og mangler › Mangler.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="126" />
            <source>Target saved.</source>
            <translation>Målet er gemt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="126" />
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="134" />
            <source>Saving…</source>
            <translation>Gemmer …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="133" />
            <source>The kind's default applies.</source>
            <translation>Stedtypens standard gælder.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="158" />
            <source>No sites with products yet.</source>
            <translation>Ingen steder med varer endnu.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="185" />
            <source>kind's default</source>
            <translation>stedtypens standard</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="186" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="189" />
            <source>Site</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="190" />
            <source>Varenr.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="191" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="196" />
            <source>Unit</source>
            <translation>Enhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/targets_tab.py" line="197" />
            <source>Set by</source>
            <translation>Sat af</translation>
        </message>
    </context>
    <context>
        <name>ThawDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/thaw_dialog.py" line="37" />
            <source>Thaw stock</source>
            <translation>Optø lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/thaw_dialog.py" line="44" />
            <source>After thawing</source>
            <translation>Efter optøning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/thaw_dialog.py" line="45" />
            <source>&amp;Thaw</source>
            <translation>&amp;Optø</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/thaw_dialog.py" line="56" />
            <source>keeps %Ln day(s) at 2–8 °C</source>
            <translation>
                <numerusform>holder %Ln dag ved 2–8 °C</numerusform>
                <numerusform>holder %Ln dage ved 2–8 °C</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/thaw_dialog.py" line="57" />
            <source>use by %1</source>
            <translation>anvendes senest %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/thaw_dialog.py" line="58" />
            <source>Thawed stock cannot be refrozen.</source>
            <translation>Optøet lager kan ikke genfryses.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/thaw_dialog.py" line="62" />
            <source>Thawing…</source>
            <translation>Optør…</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/shipment_file.py" line="31" />
            <source>Save the shipment file</source>
            <translation>Gem forsendelsesfilen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/shipment_file.py" line="33" />
            <source>Shipment files (*.json)</source>
            <translation>Forsendelsesfiler (*.json)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/shipment_file.py" line="38" />
            <source>Shipment file not saved</source>
            <translation>Forsendelsesfilen er ikke gemt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/shipment_file.py" line="39" />
            <source>The stock has left the pharmacy, but its shipment file was not saved. The other region needs it to receive the lot with its history.</source>
            <translation>Lageret har forladt apoteket, men forsendelsesfilen blev ikke gemt. Den anden region skal bruge den for at modtage batchen med dens historik.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/shipment_file.py" line="60" />
            <source>The shipment file could not be saved: %1</source>
            <translation>Forsendelsesfilen kunne ikke gemmes: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="48" />
            <source>Transfer or return stock</source>
            <translation>Overfør eller returnér lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="60" />
            <source>Why, e.g. rebalancing before expiry</source>
            <translation>Hvorfor, fx omfordeling før udløb</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="63" />
            <source>Move doses of one lot from one site to another; both are in this region.</source>
            <translation>Flyt doser af én batch fra ét sted til et andet; begge i denne region.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="64" />
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="78" />
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="104" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="65" />
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="79" />
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="105" />
            <source>Lot</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="66" />
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="80" />
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="106" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="67" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="68" />
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="81" />
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="109" />
            <source>Note</source>
            <translation>Bemærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="69" />
            <source>Site to site</source>
            <translation>Sted til sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="74" />
            <source>Why, e.g. the site closes for the season</source>
            <translation>Hvorfor, fx stedet lukker for sæsonen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="77" />
            <source>Return doses a site does not need to the pharmacy, where they can be picked again.</source>
            <translation>Returnér doser, et sted ikke skal bruge, til apoteket, hvor de kan plukkes igen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="82" />
            <source>Back to the pharmacy</source>
            <translation>Tilbage til apoteket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="90" />
            <source>Required: the agreement or order number</source>
            <translation>Skal udfyldes: aftale- eller ordrenummeret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="98" />
            <source>Send doses from the pharmacy to another region's pharmacy. The app writes a shipment file (JSON) with the lot and its history: save it and send it with the goods; the other pharmacy receives it with Receive from another region.</source>
            <translation>Send doser fra apoteket til en anden regions apotek. Programmet skriver en forsendelsesfil (JSON) med batchen og dens historik: gem den, og send den med varerne; det andet apotek modtager den med Modtag fra anden region.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="107" />
            <source>To region</source>
            <translation>Til region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="108" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="110" />
            <source>To another region</source>
            <translation>Til anden region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="116" />
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="157" />
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="158" />
            <source>Transfer</source>
            <translation>Overfør</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="157" />
            <source>Return</source>
            <translation>Returnér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="157" />
            <source>Send…</source>
            <translation>Send …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="191" />
            <source>%1 doses of batch %2 moved from %3 to %4</source>
            <translation>%1 doser af batch %2 flyttet fra %3 til %4</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="203" />
            <source>%1 doses of batch %2 returned from %3 to the pharmacy</source>
            <translation>%1 doser af batch %2 returneret fra %3 til apoteket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="218" />
            <source>%1 doses of batch %2 sent to region %3</source>
            <translation>%1 doser af batch %2 sendt til region %3</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/transfers/transfer_dialog.py" line="232" />
            <source>Moving the stock…</source>
            <translation>Flytter lageret …</translation>
        </message>
    </context>
    <context>
        <name>TrustKeyDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="48" />
            <source>Trust another region's key</source>
            <translation>Godkend en anden regions nøgle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="57" />
            <source>e.g. the pharmacy and the workstation</source>
            <translation>fx apoteket og arbejdsstationen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="64" />
            <source>&amp;Open file…</source>
            <translation>&amp;Åbn fil…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="71" />
            <source>Trust key</source>
            <translation>Godkend nøgle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="71" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="82" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="83" />
            <source>Label</source>
            <translation>Betegnelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="84" />
            <source>Public key</source>
            <translation>Offentlig nøgle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="85" />
            <source>Fingerprint</source>
            <translation>Fingeraftryk</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="92" />
            <source>Compare the fingerprint with the other pharmacy by phone before you trust the key: whoever holds its private key can send stock into this ledger.</source>
            <translation>Sammenlign fingeraftrykket med det andet apotek over telefonen, før du godkender nøglen: den, der har dens private nøgle, kan sende lager ind i apotekets lagerregnskab.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="121" />
            <source>Open a public key</source>
            <translation>Åbn en offentlig nøgle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="121" />
            <source>Public keys (*.pem *.txt);;All files (*)</source>
            <translation>Offentlige nøgler (*.pem *.txt);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="132" />
            <source>%1 could not be read: %2</source>
            <translation>%1 kunne ikke læses: %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/trust_key_dialog.py" line="162" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
    </context>
    <context>
        <name>UseByTexts</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock/marks.py" line="79" />
            <source>Expired: could be used until %1</source>
            <translation>Udløbet: kunne anvendes til og med %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock/marks.py" line="81" />
            <source>Last day of use</source>
            <translation>Sidste anvendelsesdag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/marks.py" line="82" />
            <source>%Ln day(s) left</source>
            <translation>
                <numerusform>%Ln dag tilbage</numerusform>
                <numerusform>%Ln dage tilbage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/user_dialog.py" line="31" />
            <source>Add user</source>
            <translation>Opret bruger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/user_dialog.py" line="31" />
            <location filename="../../pharmacy_app/ui/settings/user_dialog.py" line="35" />
            <source>Set password</source>
            <translation>Sæt adgangskode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/user_dialog.py" line="32" />
            <source>A new user signs in with this name and password; the role says what they may do.</source>
            <translation>Den nye bruger logger ind med dette navn og denne adgangskode; rollen afgør, hvad brugeren må.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/user_dialog.py" line="34" />
            <source>A new password for %1. Tell it to them in person.</source>
            <translation>En ny adgangskode til %1. Giv den personligt videre.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/user_dialog.py" line="35" />
            <source>Add</source>
            <translation>Opret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/user_dialog.py" line="50" />
            <source>at least %1 characters</source>
            <translation>mindst %1 tegn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/user_dialog.py" line="54" />
            <source>User name</source>
            <translation>Brugernavn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/user_dialog.py" line="55" />
            <source>Full name</source>
            <translation>Fulde navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/user_dialog.py" line="56" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/user_dialog.py" line="57" />
            <source>Password</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/user_dialog.py" line="58" />
            <source>Password again</source>
            <translation>Adgangskode igen</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="36" />
            <source>No users yet: everyone may do everything. Add an administrator first.</source>
            <translation>Ingen brugere endnu: alle må alt. Opret først en administrator.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="39" />
            <source>&amp;Add user…</source>
            <translation>&amp;Opret bruger…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="40" />
            <source>&amp;Disable</source>
            <translation>&amp;Deaktivér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="41" />
            <source>&amp;Enable</source>
            <translation>&amp;Aktivér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="42" />
            <source>Change &amp;role…</source>
            <translation>Skift &amp;rolle…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="43" />
            <source>Set &amp;password…</source>
            <translation>Sæt &amp;adgangskode…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="59" />
            <source>Viewers read, print and export; staff also receive, thaw, pick, record consumption and waste and count stock; coordinators also plan rounds, transfer, rebalance, recall, approve stocktakes, reverse and report to SSI; administrators also manage users, sites, products and settings.</source>
            <translation>Læsere ser, udskriver og eksporterer; personale modtager desuden, optør, plukker, registrerer forbrug og kassation og tæller lager op; koordinatorer planlægger desuden runder, overfører, omfordeler, tilbagekalder, godkender optællinger, tilbagefører og indberetter til SSI; administratorer styrer desuden brugere, steder, produkter og indstillinger.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="85" />
            <source>User name</source>
            <translation>Brugernavn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="86" />
            <source>Full name</source>
            <translation>Fulde navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="87" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="89" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="91" />
            <source>disabled</source>
            <translation>deaktiveret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="91" />
            <source>enabled</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="94" />
            <source>Last sign-in</source>
            <translation>Sidst logget ind</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="141" />
            <source>Adding the user…</source>
            <translation>Opretter brugeren…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="146" />
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="163" />
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="176" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="155" />
            <source>Change role</source>
            <translation>Skift rolle</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings/users_tab.py" line="156" />
            <source>Role of %1:</source>
            <translation>Rolle for %1:</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/visit_dialog.py" line="51" />
            <source>Add a visit – %1</source>
            <translation>Tilføj besøg – %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/visit_dialog.py" line="59" />
            <source>e.g. Plejecenter Solgården</source>
            <translation>fx Plejecenter Solgården</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/visit_dialog.py" line="73" />
            <source>&amp;Date</source>
            <translation>&amp;Dato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/visit_dialog.py" line="74" />
            <source>&amp;Institution</source>
            <translation>&amp;Institution</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/visit_dialog.py" line="75" />
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/visit_dialog.py" line="81" />
            <source>doses</source>
            <translation>doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/visit_dialog.py" line="85" />
            <source>Add visit</source>
            <translation>Tilføj besøg</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/visit_dialog.py" line="85" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/visit_dialog.py" line="88" />
            <source>Give the doses of every programme given at this visit; leave the others at 0.</source>
            <translation>Angiv doserne for hvert program, der gives ved besøget; lad de andre stå på 0.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/visit_dialog.py" line="120" />
            <source>Adding the visit…</source>
            <translation>Tilføjer besøget …</translation>
        </message>
    </context>
    <context>
        <name>VisitsModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="397" />
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="398" />
            <source>Unit</source>
            <translation>Enhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="399" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="400" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="401" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="402" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
    </context>
    <context>
        <name>WastageModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="29" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="31" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="32" />
            <source>Administered</source>
            <translation>Givet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="33" />
            <source>Doses given to citizens in the period</source>
            <translation>Doser givet til borgere i perioden</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="34" />
            <source>Wasted</source>
            <translation>Spildt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="35" />
            <source>Doses discarded in the period, for any reason</source>
            <translation>Doser kasseret i perioden, uanset årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="36" />
            <source>Closed vial</source>
            <translation>Uåbnet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="37" />
            <source>Wasted unopened: expired, broken, temperature failure and the like</source>
            <translation>Spildt uåbnet: udløbet, knust, temperatursvigt og lignende</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="38" />
            <source>Open vial</source>
            <translation>Anbrudt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="39" />
            <source>Left in an opened multi-dose vial</source>
            <translation>Rest i et anbrudt flerdosishætteglas</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="40" />
            <source>Wastage %</source>
            <translation>Spild %</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="41" />
            <source>WHO wastage rate: 100 × wasted / (administered + wasted)</source>
            <translation>Spildprocent efter WHO: 100 × spildt / (givet + spildt)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_model.py" line="56" />
            <source>Total</source>
            <translation>I alt</translation>
        </message>
    </context>
    <context>
        <name>WastageTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="99" />
            <source>Wastage rate as WHO defines it: doses wasted relative to doses used (administered plus wasted). Closed-vial wastage is unopened stock discarded (expired, broken, temperature failure); open-vial wastage is what was left in opened multi-dose vials.</source>
            <translation>Spildprocent som WHO definerer den: spildte doser i forhold til brugte doser (givet plus spildt). Uåbnet spild er kasseret uåbnet beholdning (udløbet, knust, temperatursvigt); anbrudt spild er resten i anbrudte flerdosishætteglas.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="135" />
            <source>This month</source>
            <translation>Denne måned</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="136" />
            <source>Last month</source>
            <translation>Sidste måned</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="137" />
            <source>This year</source>
            <translation>I år</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="141" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="142" />
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="143" />
            <source>Site kind</source>
            <translation>Stedtype</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="144" />
            <source>Site</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="149" />
            <source>Export…</source>
            <translation>Eksportér…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="149" />
            <source>Save these figures as a CSV or Excel file</source>
            <translation>Gem tallene som CSV- eller Excel-fil</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="155" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="155" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="164" />
            <source>Group by</source>
            <translation>Gruppér efter</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="212" />
            <source>The period ends before it starts.</source>
            <translation>Perioden slutter før den begynder.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="233" />
            <source>Export wastage figures</source>
            <translation>Eksportér spildtal</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="241" />
            <source>Exporting wastage figures…</source>
            <translation>Eksporterer spildtal…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="258" />
            <source>Nothing was administered or wasted in the region from %1.</source>
            <translation>Intet blev givet eller spildt i regionen i perioden %1.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="260" />
            <source>No figures for this period.</source>
            <translation>Ingen tal for denne periode.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/wastage_tab.py" line="264" />
            <source>%1: %2 doses administered, %3 wasted; wastage rate %4 %.</source>
            <translation>%1: %2 doser givet, %3 spildt; spildprocent %4 %.</translation>
        </message>
    </context>
    <context>
        <name>WindowsDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/windows_dialog.py" line="18" />
            <source>Expiry windows</source>
            <translation>Udløbsvinduer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/windows_dialog.py" line="26" />
            <source>Group stock by how many days are left until its use-by date. Write up to %1 numbers of days, separated by commas (for example 7, 30, 60).</source>
            <translation>Gruppér beholdningen efter hvor mange dage der er tilbage til sidste anvendelsesdato. Skriv op til %1 antal dage, adskilt af kommaer (for eksempel 7, 30, 60).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/expiry/windows_dialog.py" line="58" />
            <source>Write 1 to %1 different whole numbers of days from 1 to %2.</source>
            <translation>Skriv 1 til %1 forskellige hele antal dage fra 1 til %2.</translation>
        </message>
    </context>
    <context>
        <name>WorkbookBox</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="75" />
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="104" />
            <source>Workbook</source>
            <translation>Regneark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="106" />
            <source>Workbook for %1: summary sheet</source>
            <translation>Regneark for %1: opsummeringsarket (Opsummering)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="108" />
            <source>Provisional (Foreløbig)</source>
            <translation>Foreløbig</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="110" />
            <source>version %1</source>
            <translation>version %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="116" />
            <source>Provisional (Foreløbig): %1 has not ended. The figures count up to today and days to expiry count from today; the cover says Foreløbig. The month can be marked as sent to SSI from %2.</source>
            <translation>Foreløbig: %1 er ikke slut. Tallene tæller op til i dag, og dage til udløb tælles fra i dag; forsiden siger Foreløbig. Måneden kan markeres som sendt til SSI fra %2.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="125" />
            <source>Open %1</source>
            <translation>Åbn %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="127" />
            <source>Made %1 by %2</source>
            <translation>Dannet %1 af %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="129" />
            <source>Checksum: %1</source>
            <translation>Kontrolsum: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="131" />
            <source>SHA-256 of the ledger rows the report was made from; the same data gives the same sum.</source>
            <translation>SHA-256 af de bevægelser, indberetningen er dannet ud fra; samme data giver samme sum.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="136" />
            <source>%Ln row(s) do not reconcile (Reconciled is not OK): marked red.</source>
            <translation>
                <numerusform>%Ln række stemmer ikke (Afstemt er ikke OK): markeret med rødt.</numerusform>
                <numerusform>%Ln rækker stemmer ikke (Afstemt er ikke OK): markeret med rødt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="141" />
            <source>All %Ln row(s) reconcile (Reconciled is OK).</source>
            <translation>
                <numerusform>%Ln række stemmer (Afstemt OK).</numerusform>
                <numerusform>Alle %Ln rækker stemmer (Afstemt OK).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="143" />
            <source>No stock or movements in this month: the sheets have headers only.</source>
            <translation>Ingen beholdning eller bevægelser i denne måned: arkene har kun overskrifter.</translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/stock_dialog.py" line="33" />
            <source>%Ln dose(s) on hand</source>
            <translation>
                <numerusform>%Ln dosis på lager</numerusform>
                <numerusform>%Ln doser på lager</numerusform>
            </translation>
        </message>
    </context>
</TS>
