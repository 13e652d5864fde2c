<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
    <context>
        <name>App</name>
        <message>
            <location filename="../../pharmacy_app/ui/app.py" line="37" />
            <location filename="../../pharmacy_app/ui/app.py" line="69" />
            <source>Vaccine stock</source>
            <translation>Vaccinelager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/app.py" line="49" />
            <source>The database could not be opened.</source>
            <translation>Databasen kunne ikke åbnes.</translation>
        </message>
    </context>
    <context>
        <name>ComingLaterPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/widgets.py" line="163" />
            <source>Coming in a later version.</source>
            <translation>Kommer i en senere version.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="431" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="432" />
            <source>When</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="442" />
            <source>Recorded</source>
            <translation>Registreret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="433" />
            <source>What</source>
            <translation>Hændelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="434" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="435" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="436" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="437" />
            <source>Who</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="438" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="439" />
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="440" />
            <source>Note</source>
            <translation>Bemærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="441" />
            <source>Correction</source>
            <translation>Tilbageførsel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="472" />
            <source>When it happened</source>
            <translation>Hvornår det skete</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="474" />
            <source>When it was entered</source>
            <translation>Hvornår det blev registreret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="476" />
            <source>Movement number</source>
            <translation>Bevægelsens nummer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="532" />
            <source>reverses #%1</source>
            <translation>tilbagefører nr. %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="534" />
            <source>reversed by #%1</source>
            <translation>tilbageført af nr. %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryPane</name>
        <message>
            <location filename="../../pharmacy_app/ui/history_pane.py" line="36" />
            <source>Select a row above to see every movement of its lot.</source>
            <translation>Vælg en række ovenfor for at se alle bevægelser af batchen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/history_pane.py" line="92" />
            <source>Lot history</source>
            <translation>Batchens historik</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/history_pane.py" line="95" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/history_pane.py" line="96" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/history_pane.py" line="97" />
            <source>Expiry</source>
            <translation>Udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/history_pane.py" line="98" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/history_pane.py" line="107" />
            <source>Thawed</source>
            <translation>Optøet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/history_pane.py" line="110" />
            <source>%n movement(s)</source>
            <translation>
                <numerusform>%n bevægelse</numerusform>
                <numerusform>%n bevægelser</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="18" />
            <source>Receipt</source>
            <translation>Modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="19" />
            <source>Transfer</source>
            <translation>Overførsel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="20" />
            <source>Administered</source>
            <translation>Givet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="21" />
            <source>Discard</source>
            <translation>Kassation</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="22" />
            <source>Stocktake</source>
            <translation>Lageroptælling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="23" />
            <source>Reversal</source>
            <translation>Tilbageførsel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="27" />
            <source>Statens Serum Institut</source>
            <translation>Statens Serum Institut</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="28" />
            <source>Given to citizens</source>
            <translation>Givet til borgere</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="29" />
            <source>Discarded</source>
            <translation>Kasseret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="30" />
            <source>Stocktake adjustment</source>
            <translation>Lageroptælling (regulering)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="31" />
            <source>Another region</source>
            <translation>Anden region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="32" />
            <source>In transit</source>
            <translation>Undervejs</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="36" />
            <source>vial</source>
            <translation>hætteglas</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="37" />
            <source>prefilled syringe</source>
            <translation>fyldt injektionssprøjte</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="38" />
            <source>nasal applicator</source>
            <translation>næsespray-applikator</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="44" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="45" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="46" />
            <source>GTIN</source>
            <translation>GTIN</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="47" />
            <source>Doses per unit</source>
            <translation>Doser pr. enhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="48" />
            <source>Units per pack</source>
            <translation>Enheder pr. pakning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="49" />
            <source>Thawed shelf life</source>
            <translation>Holdbarhed efter optøning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="50" />
            <source>Minimum remaining shelf life</source>
            <translation>Mindste restholdbarhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="51" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="52" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="53" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="54" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="55" />
            <source>Active</source>
            <translation>I brug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="56" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="57" />
            <source>Back-dating window</source>
            <translation>Tilbagedatering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="58" />
            <source>Home pharmacy</source>
            <translation>Eget sygehusapotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="59" />
            <source>digits only</source>
            <translation>kun cifre</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="60" />
            <source>14 digits with a valid GS1 check digit</source>
            <translation>14 cifre med gyldigt GS1-kontrolciffer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="63" />
            <source>must be at least 1</source>
            <translation>skal være mindst 1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="64" />
            <source>days, at least 1</source>
            <translation>dage, mindst 1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="65" />
            <source>days, 0 or more</source>
            <translation>dage, 0 eller flere</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="66" />
            <source>unknown programme</source>
            <translation>ukendt program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="67" />
            <source>letters, digits, - _ . (max 40)</source>
            <translation>bogstaver, cifre, - _ . (højst 40)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="68" />
            <source>unknown location kind</source>
            <translation>ukendt stedtype</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="69" />
            <source>virtual locations cannot be edited</source>
            <translation>virtuelle steder kan ikke redigeres</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="72" />
            <source>0 to 366 days</source>
            <translation>0 til 366 dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="73" />
            <source>not a pharmacy</source>
            <translation>ikke et sygehusapotek</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="328" />
            <source>New site</source>
            <translation>Nyt sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="328" />
            <source>Edit site</source>
            <translation>Redigér sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="333" />
            <source>Short code, e.g. VC-HER</source>
            <translation>Kort kode, f.eks. VC-HER</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="342" />
            <source>(no region)</source>
            <translation>(ingen region)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="349" />
            <source>In use</source>
            <translation>I brug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="353" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="354" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="355" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="356" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="357" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="358" />
            <source>City</source>
            <translation>By</translation>
        </message>
    </context>
    <context>
        <name>LocationListModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="176" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="177" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="178" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="179" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="180" />
            <source>City</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="181" />
            <source>In use</source>
            <translation>I brug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="193" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="193" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="68" />
            <source>Vaccine stock – hospital pharmacy</source>
            <translation>Vaccinelager – sygehusapotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="85" />
            <source>Stock</source>
            <translation>Lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="87" />
            <source>Receiving</source>
            <translation>Modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="90" />
            <source>Receiving deliveries from SSI</source>
            <translation>Modtagelse af leverancer fra SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="92" />
            <source>Here the pharmacy will register deliveries from Statens Serum Institut: scan the GS1 barcodes or import the delivery note, check batch, expiry and quantity, and put the lots away.</source>
            <translation>Her skal apoteket registrere leverancer fra Statens Serum Institut: scanne GS1-stregkoderne eller indlæse følgesedlen, kontrollere batch, udløbsdato og antal og sætte varerne på lager.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="99" />
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="102" />
            <source>Distribution to the vaccination sites</source>
            <translation>Distribution til vaccinationsstederne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="104" />
            <source>Here coordinators will plan distribution rounds, pick stock earliest expiry first (FEFO), print distribution lists and move stock between sites.</source>
            <translation>Her skal koordinatorerne planlægge distributionsrunder, plukke efter først-udløbende-først (FEFO), udskrive distributionslister og flytte lager mellem steder.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="110" />
            <source>Expiry</source>
            <translation>Udløb</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="113" />
            <source>Expired, expiring and at-risk stock</source>
            <translation>Udløbet, snart udløbende og truet lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="115" />
            <source>Here you will see stock that has expired or expires soon, and stock that at its site's rate of use will not be used in time, with proposals for where to move it. Until then the Stock page marks use-by dates that have passed (red) or fall within 30 days (amber).</source>
            <translation>Her vil du se lager, der er udløbet eller snart udløber, og lager, som med stedets forbrug ikke bliver brugt i tide, med forslag til hvor det kan flyttes hen. Indtil da markerer siden Lager datoer for "anvendes senest", der er overskredet (rød) eller ligger inden for 30 dage (gul).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="123" />
            <source>Consumption</source>
            <translation>Forbrug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="126" />
            <source>Consumption and wastage</source>
            <translation>Forbrug og spild</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="128" />
            <source>Here the sites' doses given and discarded will be recorded or imported from consumption sheets, with the reason for every discard.</source>
            <translation>Her skal stedernes givne og kasserede doser registreres eller indlæses fra forbrugsark, med årsagen til hver kassation.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="134" />
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="137" />
            <source>Monthly report to SSI</source>
            <translation>Månedlig indberetning til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="139" />
            <source>Here the monthly report of consumption, wastage and stock will be made in SSI's spreadsheet layout, saying who made it, when and from which data.</source>
            <translation>Her skal den månedlige indberetning af forbrug, spild og lager laves i SSI's regnearksformat, med oplysning om hvem der har lavet den, hvornår og ud fra hvilke data.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="144" />
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="174" />
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="175" />
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="181" />
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="182" />
            <source>&amp;Refresh</source>
            <translation>&amp;Opdatér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="186" />
            <source>&amp;Find in stock</source>
            <translation>&amp;Søg i lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="199" />
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="200" />
            <source>&amp;About</source>
            <translation>&amp;Om</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="209" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="211" />
            <source>User: %1</source>
            <translation>Bruger: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="249" />
            <source>About</source>
            <translation>Om</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="252" />
            <source>Vaccine lot logistics for hospital pharmacies, version %1</source>
            <translation>Vaccinelogistik for sygehusapoteker, version %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="255" />
            <source>Database: %1
User: %2</source>
            <translation>Database: %1
Bruger: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="273" />
            <source>%n lot(s)</source>
            <translation>
                <numerusform>%n batch</numerusform>
                <numerusform>%n batcher</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="274" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n sted</numerusform>
                <numerusform>%n steder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="276" />
            <source>Stock: %1 doses · %2 at %3</source>
            <translation>Lager: %1 doser · %2 på %3</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="158" />
            <source>Working…</source>
            <translation>Arbejder …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="189" />
            <source>Not possible</source>
            <translation>Ikke muligt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="193" />
            <source>Error</source>
            <translation>Fejl</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="194" />
            <source>Something went wrong. The action was not completed.</source>
            <translation>Noget gik galt. Handlingen blev ikke gennemført.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="262" />
            <source>Please wait</source>
            <translation>Vent venligst</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="268" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/operations.py" line="280" />
            <source>Cancelling…</source>
            <translation>Annullerer …</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="157" />
            <source>New product</source>
            <translation>Ny vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="157" />
            <source>Edit product</source>
            <translation>Redigér vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="163" />
            <source>SSI item number, digits</source>
            <translation>SSI's varenummer, cifre</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="167" />
            <source>14 digits (optional)</source>
            <translation>14 cifre (valgfrit)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="184" />
            <source>not thawed</source>
            <translation>optøs ikke</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="185" />
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="189" />
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="186" />
            <source>no limit</source>
            <translation>ingen grænse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="187" />
            <source> hours</source>
            <translation> timer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="198" />
            <source>In use (can be received and moved)</source>
            <translation>I brug (kan modtages og flyttes)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="203" />
            <source>Item no. (varenummer)</source>
            <translation>Varenummer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="204" />
            <source>GTIN</source>
            <translation>GTIN</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="205" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="206" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="207" />
            <source>Manufacturer</source>
            <translation>Producent</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="208" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="209" />
            <source>Doses per unit</source>
            <translation>Doser pr. enhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="210" />
            <source>Units per pack</source>
            <translation>Enheder pr. pakning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="211" />
            <source>Shelf life after thawing</source>
            <translation>Holdbarhed efter optøning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="212" />
            <source>In use after opening</source>
            <translation>Anvendelig efter åbning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="213" />
            <source>Minimum remaining shelf life</source>
            <translation>Mindste restholdbarhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="214" />
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="269" />
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="270" />
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="281" />
            <source>Frozen storage</source>
            <translation>Opbevaring frosset</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="214" />
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="215" />
            <source>to</source>
            <translation>til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="215" />
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="271" />
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="272" />
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="282" />
            <source>Refrigerated storage</source>
            <translation>Opbevaring på køl</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="216" />
            <source>Note</source>
            <translation>Bemærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="257" />
            <source>= %1 doses per pack</source>
            <translation>= %1 doser pr. pakning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="276" />
            <source>%1: '%2' is not a whole number of degrees.</source>
            <translation>%1: '%2' er ikke et helt antal grader.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="286" />
            <source>%1: the lowest temperature is above the highest.</source>
            <translation>%1: den laveste temperatur er højere end den højeste.</translation>
        </message>
    </context>
    <context>
        <name>ProductListModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="135" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="136" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="137" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="138" />
            <source>Manufacturer</source>
            <translation>Producent</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="139" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="140" />
            <source>Doses/unit</source>
            <translation>Doser/enh.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="141" />
            <source>Units/pack</source>
            <translation>Enh./pakn.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="142" />
            <source>Doses/pack</source>
            <translation>Doser/pakn.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="143" />
            <source>Thawed, days</source>
            <translation>Optøet, dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="144" />
            <source>In use</source>
            <translation>I brug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="159" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="159" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="246" />
            <source>Add product…</source>
            <translation>Tilføj vare …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="249" />
            <source>No products yet.</source>
            <translation>Der er endnu ingen varer.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="254" />
            <source>Add site…</source>
            <translation>Tilføj sted …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="257" />
            <source>No sites yet.</source>
            <translation>Der er endnu ingen steder.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="265" />
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="274" />
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="285" />
            <source>Back-dating window</source>
            <translation>Tilbagedatering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="288" />
            <source>How many days back a movement may be dated when it is entered late.</source>
            <translation>Hvor mange dage tilbage en bevægelse må dateres, når den registreres for sent.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="292" />
            <source>Home pharmacy</source>
            <translation>Eget sygehusapotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="295" />
            <source>The pharmacy this installation works for; deliveries from SSI are received here.</source>
            <translation>Det sygehusapotek, denne installation arbejder for; leverancer fra SSI modtages her.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="299" />
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="302" />
            <source>A setting of this computer. It takes effect when the program is restarted.</source>
            <translation>En indstilling på denne computer. Den træder i kraft, når programmet startes igen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="321" />
            <source>Products</source>
            <translation>Varer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="322" />
            <source>Sites</source>
            <translation>Steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="323" />
            <source>General</source>
            <translation>Generelt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="364" />
            <source>(not chosen: the first pharmacy is used)</source>
            <translation>(ikke valgt: det første sygehusapotek bruges)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="409" />
            <source>Saved.</source>
            <translation>Gemt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="411" />
            <source>Restart the program to change the language.</source>
            <translation>Start programmet igen for at skifte sprog.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="423" />
            <source>Saving…</source>
            <translation>Gemmer …</translation>
        </message>
    </context>
    <context>
        <name>StockModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="138" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="139" />
            <source>Location kind</source>
            <translation>Stedtype</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="140" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="141" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="142" />
            <location filename="../../pharmacy_app/ui/stock_model.py" line="341" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="143" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="144" />
            <source>Expiry</source>
            <translation>Udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="145" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="146" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="147" />
            <source>Packs</source>
            <translation>Pakninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="148" />
            <source>Units</source>
            <translation>Enheder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="151" />
            <source>SSI item number (varenummer)</source>
            <translation>SSI's varenummer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="152" />
            <source>The manufacturer's expiry date</source>
            <translation>Producentens udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="153" />
            <source>Use by: the expiry date, or earlier once thawed</source>
            <translation>Anvendes senest: udløbsdatoen, eller tidligere når varen er optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="154" />
            <source>Vials, syringes or applicators</source>
            <translation>Hætteglas, sprøjter eller applikatorer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="155" />
            <source>Packs as delivered by SSI</source>
            <translation>Pakninger som leveret af SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="298" />
            <source>This column cannot be sorted.</source>
            <translation>Der kan ikke sorteres efter denne kolonne.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="375" />
            <source>Expired: could be used until %1</source>
            <translation>Udløbet: kunne anvendes til og med %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="377" />
            <source>Last day of use</source>
            <translation>Sidste anvendelsesdag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="381" />
            <source>Thawed %1</source>
            <translation>Optøet %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock_model.py" line="397" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n dag tilbage</numerusform>
                <numerusform>%n dage tilbage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="99" />
            <source>Search batch, product or location  (Ctrl+F)</source>
            <translation>Søg batch, vare eller sted  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="109" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="110" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="111" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="253" />
            <source>All programmes</source>
            <translation>Alle programmer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="256" />
            <source>All locations</source>
            <translation>Alle steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="258" />
            <source>%1 (not in use)</source>
            <translation>%1 (ikke i brug)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="274" />
            <source>All products</source>
            <translation>Alle varer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="275" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="307" />
            <source>No stock matches the filter.</source>
            <translation>Intet lager passer til filteret.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="309" />
            <source>There is no stock yet. Stock appears here when deliveries are received.</source>
            <translation>Der er endnu intet lager. Lageret vises her, når leverancer er modtaget.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="316" />
            <source>Loading…</source>
            <translation>Henter …</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock_page.py" line="319" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n række</numerusform>
                <numerusform>%n rækker</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="320" />
            <source>%1 doses</source>
            <translation>%1 doser</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="83" />
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="84" />
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reference_dialogs.py" line="139" />
            <source>Saving…</source>
            <translation>Gemmer …</translation>
        </message>
    </context>
    <context>
        <name>_ListTab</name>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="210" />
            <source>Edit…</source>
            <translation>Redigér …</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/settings_page.py" line="220" />
            <source>Double-click a row to edit it.</source>
            <translation>Dobbeltklik på en række for at redigere den.</translation>
        </message>
    </context>
</TS>
