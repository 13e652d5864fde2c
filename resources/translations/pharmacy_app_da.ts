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
        <name>ArchiveModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="255" />
            <source>Month</source>
            <translation>Måned</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="256" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="257" />
            <source>Sent at</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="258" />
            <source>Sent by</source>
            <translation>Sendt af</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="260" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="262" />
            <source>%1 (%2 bytes)</source>
            <translation>%1 (%2 byte)</translation>
        </message>
    </context>
    <context>
        <name>ChangesModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="222" />
            <source>Sheet</source>
            <translation>Ark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="223" />
            <source>Row</source>
            <translation>Række</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="224" />
            <source>Column</source>
            <translation>Kolonne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="225" />
            <source>Sent value</source>
            <translation>Sendt værdi</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="226" />
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="232" />
            <source>(row added)</source>
            <translation>(række tilføjet)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="232" />
            <source>(row removed)</source>
            <translation>(række fjernet)</translation>
        </message>
    </context>
    <context>
        <name>ClosedMonthDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/closed_month.py" line="80" />
            <source>Month already reported to SSI</source>
            <translation>Måneden er allerede indberettet til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/closed_month.py" line="83" />
            <source>%1 is closed</source>
            <translation>%1 er lukket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/closed_month.py" line="92" />
            <source>The report to SSI for %1 was marked as sent on %2 by %3.</source>
            <translation>Indberetningen til SSI for %1 blev markeret som sendt %2 af %3.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/closed_month.py" line="98" />
            <source>You can still save this change. It will then be listed under “Changes since sent” on the Reports page, and your reason is kept in the movement&apos;s note.</source>
            <translation>Du kan stadig gemme ændringen. Den vises derefter under “Ændringer siden afsendelse” på siden Rapporter, og din begrundelse gemmes i bevægelsens bemærkning.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/closed_month.py" line="106" />
            <source>&amp;Reason for changing a closed month (required)</source>
            <translation>&amp;Begrundelse for at ændre en lukket måned (skal udfyldes)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/closed_month.py" line="111" />
            <source>e.g. paper form found after the report was sent</source>
            <translation>fx papirskema fundet, efter indberetningen blev sendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/closed_month.py" line="117" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/closed_month.py" line="118" />
            <source>&amp;Save anyway</source>
            <translation>&amp;Gem alligevel</translation>
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
        <name>ConsumptionExportDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="239" />
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="345" />
            <source>Export consumption</source>
            <translation>Eksportér forbrug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="247" />
            <source>Doses given in the period, one row per registration, without registrations that were reversed. Both days are included.</source>
            <translation>Givne doser i perioden, én række pr. registrering, uden registreringer der er tilbageført. Begge dage er medregnet.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="268" />
            <source>All sites</source>
            <translation>Alle steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="280" />
            <source>&amp;From</source>
            <translation>&amp;Fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="282" />
            <source>&amp;To</source>
            <translation>&amp;Til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="284" />
            <source>&amp;Site</source>
            <translation>&amp;Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="292" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="293" />
            <source>&amp;Export…</source>
            <translation>&amp;Eksportér…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="336" />
            <source>“To” is before “From”.</source>
            <translation>“Til” ligger før “Fra”.</translation>
        </message>
    </context>
    <context>
        <name>ConsumptionImportDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="124" />
            <source>Import consumption sheet</source>
            <translation>Importér forbrugsark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="135" />
            <source>%1: %2 rows, %3 doses given at %4. Nothing is recorded until you press Record.</source>
            <translation>%1: %2 rækker, %3 doser givet på %4. Intet registreres, før du trykker Registrér.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="144" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problemer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="146" />
            <source>%1 cannot be recorded: %2. Correct the sheet and import it again; nothing was recorded.</source>
            <translation>%1 kan ikke registreres: %2. Ret arket og importér det igen; intet blev registreret.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="154" />
            <source>Record</source>
            <translation>Registrér</translation>
        </message>
    </context>
    <context>
        <name>ConsumptionModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="131" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="132" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="133" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="134" />
            <source>On hand</source>
            <translation>Beholdning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="135" />
            <source>Target group</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="136" />
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="193" />
            <source>Total</source>
            <translation>I alt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="208" />
            <source>(not stated)</source>
            <translation>(ikke angivet)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="247" />
            <source>Already recorded: %1 doses</source>
            <translation>Allerede registreret: %1 doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="249" />
            <source>Past its use-by date</source>
            <translation>Efter sidste anvendelsesdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="251" />
            <source>Outside the days that can be recorded</source>
            <translation>Uden for de dage, der kan registreres</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="314" />
            <source>%1 is outside the grid</source>
            <translation>%1 ligger uden for skemaet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="319" />
            <source>%1 cannot go in a cell that is not open for entry</source>
            <translation>%1 kan ikke stå i en celle, der ikke er åben for indtastning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_model.py" line="326" />
            <source>%1 is not a whole number of doses</source>
            <translation>%1 er ikke et helt antal doser</translation>
        </message>
    </context>
    <context>
        <name>ConsumptionPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="175" />
            <source>Consumption</source>
            <translation>Forbrug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="186" />
            <source>◀ Previous week</source>
            <translation>◀ Forrige uge</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="189" />
            <source>Next week ▶</source>
            <translation>Næste uge ▶</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="192" />
            <source>This week</source>
            <translation>Denne uge</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="196" />
            <source>Split by target group</source>
            <translation>Opdel efter målgruppe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="198" />
            <source>Import…</source>
            <translation>Importér…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="200" />
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="207" />
            <source>Site:</source>
            <translation>Sted:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="239" />
            <source>Type the doses given per day. Arrows and Tab move, Enter moves down, Delete clears, Ctrl+V pastes cells copied from a spreadsheet. Grey days are already recorded or closed. Batches marked * are thawed.</source>
            <translation>Indtast de givne doser pr. dag. Piletaster og Tab flytter, Enter flytter ned, Delete sletter, Ctrl+V indsætter celler kopieret fra et regneark. Grå dage er allerede registreret eller lukket. Batcher mærket * er optøet.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="311" />
            <source>Week %1: %2 – %3</source>
            <translation>Uge %1: %2 – %3</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="407" />
            <source>%1 new doses in %2 cells not saved yet.</source>
            <translation>%1 nye doser i %2 celler er endnu ikke gemt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="443" />
            <source>Saving consumption…</source>
            <translation>Gemmer forbrug…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="470" />
            <source>Nothing was saved:</source>
            <translation>Intet blev gemt:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="480" />
            <source>Import consumption sheet</source>
            <translation>Importér forbrugsark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="482" />
            <source>Consumption sheets (*.xlsx *.csv)</source>
            <translation>Forbrugsark (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="514" />
            <source>Recording consumption sheet…</source>
            <translation>Registrerer forbrugsark…</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="205" />
            <source>Type the date (31-12-2027, 311227, 12-2027 for the month&apos;s last day); Alt+Down opens a calendar</source>
            <translation>Skriv datoen (31-12-2027, 311227 eller 12-2027 for månedens sidste dag); Alt+Pil ned åbner en kalender</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="209" />
            <source>Calendar (Alt+Down)</source>
            <translation>Kalender (Alt+Pil ned)</translation>
        </message>
    </context>
    <context>
        <name>DiscardDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="321" />
            <source>Discard stock</source>
            <translation>Kassér lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="330" />
            <source>Comment (required for some reasons)</source>
            <translation>Bemærkning (kræves ved nogle årsager)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="331" />
            <source>&amp;Reason</source>
            <translation>&amp;Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="333" />
            <source>Co&amp;mment</source>
            <translation>Be&amp;mærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="337" />
            <source>&amp;Discard</source>
            <translation>&amp;Kassér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="365" />
            <source>Discarding…</source>
            <translation>Kasserer…</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="72" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-projektmappe (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="73" />
            <source>CSV, comma-separated (*.csv)</source>
            <translation>CSV, kommasepareret (*.csv)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="122" />
            <source>Export stock</source>
            <translation>Eksportér lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="127" />
            <source>Export movements</source>
            <translation>Eksportér bevægelser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="199" />
            <source>Exporting consumption…</source>
            <translation>Eksporterer forbrug…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="205" />
            <source>Exporting movements…</source>
            <translation>Eksporterer bevægelser…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="211" />
            <source>Exporting stock…</source>
            <translation>Eksporterer lager…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="227" />
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>Eksporterede %n række til %1</numerusform>
                <numerusform>Eksporterede %n rækker til %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HeldStock</name>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="93" />
            <source>Held in quarantine: in stock but cannot be picked until a pharmacist releases it or discards it.</source>
            <translation>Tilbageholdt i karantæne: på lager, men kan ikke plukkes, før en farmaceut frigiver eller kasserer det.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="208" />
            <source>%1 doses on hand</source>
            <translation>%1 doser på lager</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="453" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="454" />
            <source>When</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="464" />
            <source>Recorded</source>
            <translation>Registreret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="455" />
            <source>What</source>
            <translation>Hændelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="456" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="457" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="458" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="459" />
            <source>Who</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="460" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="461" />
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="462" />
            <source>Note</source>
            <translation>Bemærkning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="463" />
            <source>Correction</source>
            <translation>Tilbageførsel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="494" />
            <source>When it happened</source>
            <translation>Hvornår det skete</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="496" />
            <source>When it was entered</source>
            <translation>Hvornår det blev registreret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="498" />
            <source>Movement number</source>
            <translation>Bevægelsens nummer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="554" />
            <source>reverses #%1</source>
            <translation>tilbagefører nr. %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="556" />
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
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="441" />
            <source>Import delivery note</source>
            <translation>Importér følgeseddel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="456" />
            <source>Row</source>
            <translation>Række</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="456" />
            <source>Column</source>
            <translation>Kolonne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="456" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="463" />
            <source>Rows</source>
            <translation>Rækker</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="464" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="465" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="466" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="467" />
            <source>Expiry</source>
            <translation>Udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="468" />
            <source>Storage</source>
            <translation>Opbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="469" />
            <source>Packs</source>
            <translation>Pakninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="470" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="483" />
            <source>I confirm receiving short-dated lots</source>
            <translation>Jeg bekræfter modtagelse af kortdaterede batcher</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="487" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="488" />
            <source>&amp;Import and post</source>
            <translation>&amp;Importér og bogfør</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="492" />
            <source>Receive every line of the note into stock in one go; nothing is received if anything is wrong</source>
            <translation>Modtag alle følgesedlens linjer på lager på én gang; intet modtages, hvis noget er galt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="503" />
            <source>Lines to receive</source>
            <translation>Linjer der modtages</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="572" />
            <source>%n problem(s) stop the import</source>
            <translation>
                <numerusform>%n problem forhindrer importen</numerusform>
                <numerusform>%n problemer forhindrer importen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="576" />
            <source>No problems found</source>
            <translation>Ingen problemer fundet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="584" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n linje</numerusform>
                <numerusform>%n linjer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="585" />
            <source>%1 packs · %2 doses</source>
            <translation>%1 pakninger · %2 doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="586" />
            <source>Delivery note</source>
            <translation>Følgeseddel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="587" />
            <source>Delivered</source>
            <translation>Leveret</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="618" />
            <source>%n short-dated lot(s) need your confirmation:</source>
            <translation>
                <numerusform>%n kortdateret batch skal bekræftes:</numerusform>
                <numerusform>%n kortdaterede batcher skal bekræftes:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="631" />
            <source>Nothing can be imported until the file is corrected: the note is received whole or not at all.</source>
            <translation>Intet kan importeres, før filen er rettet: følgesedlen modtages helt eller slet ikke.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="635" />
            <source>The note can be imported once you confirm the short-dated lots.</source>
            <translation>Følgesedlen kan importeres, når du har bekræftet de kortdaterede batcher.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="638" />
            <source>The note can be imported: every line will be received and posted.</source>
            <translation>Følgesedlen kan importeres: alle linjer modtages og bogføres.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="670" />
            <source>Importing the delivery note…</source>
            <translation>Importerer følgesedlen…</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="22" />
            <source>Receipt</source>
            <translation>Modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="23" />
            <source>Transfer</source>
            <translation>Overførsel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="24" />
            <source>Administered</source>
            <translation>Givet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="25" />
            <source>Discard</source>
            <translation>Kassation</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="26" />
            <source>Stocktake</source>
            <translation>Lageroptælling</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="27" />
            <source>Reversal</source>
            <translation>Tilbageførsel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="28" />
            <source>Thaw</source>
            <translation>Optøning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="29" />
            <source>Release from quarantine</source>
            <translation>Frigivelse fra karantæne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="33" />
            <source>Statens Serum Institut</source>
            <translation>Statens Serum Institut</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="34" />
            <source>Given to citizens</source>
            <translation>Givet til borgere</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="35" />
            <source>Discarded</source>
            <translation>Kasseret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="36" />
            <source>Stocktake adjustment</source>
            <translation>Lageroptælling (regulering)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="37" />
            <source>Another region</source>
            <translation>Anden region</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="38" />
            <source>In transit</source>
            <translation>Undervejs</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="39" />
            <source>Thawing</source>
            <translation>Optøning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="43" />
            <source>vial</source>
            <translation>hætteglas</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="44" />
            <source>prefilled syringe</source>
            <translation>fyldt injektionssprøjte</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="45" />
            <source>nasal applicator</source>
            <translation>næsespray-applikator</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="51" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="52" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="53" />
            <source>GTIN</source>
            <translation>GTIN</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="54" />
            <source>Doses per unit</source>
            <translation>Doser pr. enhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="55" />
            <source>Units per pack</source>
            <translation>Enheder pr. pakning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="56" />
            <source>Thawed shelf life</source>
            <translation>Holdbarhed efter optøning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="57" />
            <source>Minimum remaining shelf life</source>
            <translation>Mindste restholdbarhed</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="58" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="59" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="60" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="61" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="62" />
            <source>Active</source>
            <translation>I brug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="63" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="64" />
            <source>Back-dating window</source>
            <translation>Tilbagedatering</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="65" />
            <source>Home pharmacy</source>
            <translation>Eget sygehusapotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="66" />
            <source>digits only</source>
            <translation>kun cifre</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="67" />
            <source>14 digits with a valid GS1 check digit</source>
            <translation>14 cifre med gyldigt GS1-kontrolciffer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="70" />
            <source>must be at least 1</source>
            <translation>skal være mindst 1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="71" />
            <source>days, at least 1</source>
            <translation>dage, mindst 1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="72" />
            <source>days, 0 or more</source>
            <translation>dage, 0 eller flere</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="73" />
            <source>unknown programme</source>
            <translation>ukendt program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="74" />
            <source>letters, digits, - _ . (max 40)</source>
            <translation>bogstaver, cifre, - _ . (højst 40)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="75" />
            <source>unknown location kind</source>
            <translation>ukendt stedtype</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="76" />
            <source>virtual locations cannot be edited</source>
            <translation>virtuelle steder kan ikke redigeres</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="79" />
            <source>0 to 366 days</source>
            <translation>0 til 366 dage</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/labels.py" line="80" />
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
            <location filename="../../pharmacy_app/ui/main_window.py" line="74" />
            <source>Vaccine stock – hospital pharmacy</source>
            <translation>Vaccinelager – sygehusapotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="94" />
            <source>Stock</source>
            <translation>Lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="95" />
            <source>Receiving</source>
            <translation>Modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="97" />
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="100" />
            <source>Distribution to the vaccination sites</source>
            <translation>Distribution til vaccinationsstederne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="102" />
            <source>Here coordinators will plan distribution rounds, pick stock earliest expiry first (FEFO), print distribution lists and move stock between sites.</source>
            <translation>Her skal koordinatorerne planlægge distributionsrunder, plukke efter først-udløbende-først (FEFO), udskrive distributionslister og flytte lager mellem steder.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="108" />
            <source>Expiry</source>
            <translation>Udløb</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="111" />
            <source>Expired, expiring and at-risk stock</source>
            <translation>Udløbet, snart udløbende og truet lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="113" />
            <source>Here you will see stock that has expired or expires soon, and stock that at its site&apos;s rate of use will not be used in time, with proposals for where to move it. Until then the Stock page marks use-by dates that have passed (red) or fall within 30 days (amber).</source>
            <translation>Her vil du se lager, der er udløbet eller snart udløber, og lager, som med stedets forbrug ikke bliver brugt i tide, med forslag til hvor det kan flyttes hen. Indtil da markerer siden Lager datoer for &quot;anvendes senest&quot;, der er overskredet (rød) eller ligger inden for 30 dage (gul).</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="120" />
            <source>Consumption</source>
            <translation>Forbrug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="121" />
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="122" />
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="152" />
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="153" />
            <source>Export &amp;stock…</source>
            <translation>Eksportér &amp;lager…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="155" />
            <source>Export &amp;movements…</source>
            <translation>Eksportér &amp;bevægelser…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="157" />
            <source>Export &amp;consumption…</source>
            <translation>Eksportér &amp;forbrug…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="166" />
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="172" />
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="173" />
            <source>&amp;Refresh</source>
            <translation>&amp;Opdatér</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="177" />
            <source>&amp;Find in stock</source>
            <translation>&amp;Søg i lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="190" />
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="191" />
            <source>&amp;About</source>
            <translation>&amp;Om</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="200" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="202" />
            <source>User: %1</source>
            <translation>Bruger: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="242" />
            <source>About</source>
            <translation>Om</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="245" />
            <source>Vaccine lot logistics for hospital pharmacies, version %1</source>
            <translation>Vaccinelogistik for sygehusapoteker, version %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="248" />
            <source>Database: %1
User: %2</source>
            <translation>Database: %1
Bruger: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="267" />
            <source>%n lot(s)</source>
            <translation>
                <numerusform>%n batch</numerusform>
                <numerusform>%n batcher</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="268" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n sted</numerusform>
                <numerusform>%n steder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/main_window.py" line="270" />
            <source>Stock: %1 doses · %2 at %3</source>
            <translation>Lager: %1 doser · %2 på %3</translation>
        </message>
    </context>
    <context>
        <name>NewReceiptDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="334" />
            <source>New receipt</source>
            <translation>Ny modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="340" />
            <source>e.g. FS-2026-0412</source>
            <translation>fx FS-2026-0412</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="349" />
            <source>Delivery &amp;note no.</source>
            <translation>Følgeseddel&amp;nr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="351" />
            <source>&amp;Delivered</source>
            <translation>&amp;Leveret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="356" />
            <source>A draft for the same note number is opened again; a note already received is refused.</source>
            <translation>En kladde med samme følgeseddelnummer åbnes igen; en følgeseddel, der allerede er modtaget, afvises.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="364" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="365" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="411" />
            <source>Starting the receipt…</source>
            <translation>Starter modtagelsen…</translation>
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
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="156" />
            <source>Zoom out (Ctrl+-)</source>
            <translation>Zoom ud (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="159" />
            <source>Zoom in (Ctrl++)</source>
            <translation>Zoom ind (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="162" />
            <source>Fit width</source>
            <translation>Tilpas bredde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="165" />
            <source>Zoom (Ctrl+0: fit width)</source>
            <translation>Zoom (Ctrl+0: tilpas bredde)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="168" />
            <source>&amp;Print…</source>
            <translation>&amp;Udskriv…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="170" />
            <source>Print the document (Ctrl+P)</source>
            <translation>Udskriv dokumentet (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="171" />
            <source>&amp;Save as…</source>
            <translation>&amp;Gem som…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="173" />
            <source>Save a copy of the PDF (Ctrl+S)</source>
            <translation>Gem en kopi af PDF&apos;en (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="174" />
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="175" />
            <source>Close the preview (Esc)</source>
            <translation>Luk visningen (Esc)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="242" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n side</numerusform>
                <numerusform>%n sider</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="291" />
            <source>Print %1</source>
            <translation>Udskriv %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="312" />
            <source>Save PDF as</source>
            <translation>Gem PDF som</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="314" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumenter (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="323" />
            <source>Not saved</source>
            <translation>Ikke gemt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="324" />
            <source>The PDF could not be saved: %1</source>
            <translation>PDF&apos;en kunne ikke gemmes: %1</translation>
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
            <translation>SSI&apos;s varenummer, cifre</translation>
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
            <source>%1: &apos;%2&apos; is not a whole number of degrees.</source>
            <translation>%1: &apos;%2&apos; er ikke et helt antal grader.</translation>
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
        <name>ReceiptLinesModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="116" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="117" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="118" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="119" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="120" />
            <source>Expiry</source>
            <translation>Udløb</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="121" />
            <source>Use by</source>
            <translation>Anv. senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="122" />
            <source>Storage</source>
            <translation>Opbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="123" />
            <source>Packs</source>
            <translation>Pakn.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="124" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="125" />
            <source>Scans</source>
            <translation>Scannet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="126" />
            <source>Hold</source>
            <translation>Karantæne</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="127" />
            <source>Warnings</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="130" />
            <source>Line number on this receipt</source>
            <translation>Linjenummer på denne modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="131" />
            <source>SSI item number (varenummer)</source>
            <translation>SSI&apos;s varenummer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="132" />
            <source>The manufacturer&apos;s expiry date</source>
            <translation>Producentens udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="133" />
            <source>Use by: the expiry date, or earlier once thawed</source>
            <translation>Anvendes senest: udløbsdatoen, eller tidligere når varen er optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="134" />
            <source>Storage condition on arrival (double-click or F2 to change)</source>
            <translation>Opbevaring ved ankomst (dobbeltklik eller F2 for at ændre)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="135" />
            <source>Packs received (double-click or F2 to change)</source>
            <translation>Modtagne pakninger (dobbeltklik eller F2 for at ændre)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="136" />
            <source>Packs counted by scanning their barcode</source>
            <translation>Pakninger talt ved at scanne deres stregkode</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="138" />
            <source>On hold: received into quarantine, not pickable until released (tick to hold, F2 to give the reason)</source>
            <translation>Tilbageholdt: modtages i karantæne og kan ikke plukkes, før det frigives (sæt flueben for at tilbageholde, F2 for at angive årsagen)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="141" />
            <source>Problems refuse posting; warnings need a confirmation</source>
            <translation>Problemer forhindrer bogføring; advarsler skal bekræftes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="338" />
            <source>(+%n more)</source>
            <translation>
                <numerusform>(+%n mere)</numerusform>
                <numerusform>(+%n mere)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="345" />
            <source>Short-dated (%n day(s))</source>
            <translation>
                <numerusform>Kortdateret (%n dag)</numerusform>
                <numerusform>Kortdateret (%n dage)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="347" />
            <source>Expired</source>
            <translation>Udløbet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="349" />
            <source>Hold needs a reason</source>
            <translation>Tilbageholdelse kræver en årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="351" />
            <source>Expiry differs from the known lot</source>
            <translation>Udløb afviger fra kendt batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="353" />
            <source>Product not in use</source>
            <translation>Varen er ikke i brug</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="355" />
            <source>Not a frozen product</source>
            <translation>Ikke en frostvare</translation>
        </message>
    </context>
    <context>
        <name>ReceiptListModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="449" />
            <source>Delivery note</source>
            <translation>Følgeseddel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="449" />
            <source>Delivered</source>
            <translation>Leveret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="449" />
            <source>Lines</source>
            <translation>Linjer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="449" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="532" />
            <source>%n pack(s)</source>
            <translation>
                <numerusform>%n pakning</numerusform>
                <numerusform>%n pakninger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="533" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n linje</numerusform>
                <numerusform>%n linjer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="540" />
            <source>%n line(s) on hold</source>
            <translation>
                <numerusform>%n linje tilbageholdt</numerusform>
                <numerusform>%n linjer tilbageholdt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceivingModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="62" />
            <source>Draft</source>
            <translation>Kladde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="64" />
            <source>Posted</source>
            <translation>Bogført</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="66" />
            <source>Cancelled</source>
            <translation>Annulleret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="72" />
            <source>Frozen</source>
            <translation>Frost</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="74" />
            <source>2–8 °C</source>
            <translation>Køl 2–8 °C</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="80" />
            <source>Thawed</source>
            <translation>Optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="331" />
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="370" />
            <source>reason missing</source>
            <translation>årsag mangler</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="363" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="374" />
            <source>Received thawed on %1; use by %2</source>
            <translation>Modtaget optøet %1; anvendes senest %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="379" />
            <source>Earlier than the expiry date because the stock is thawed</source>
            <translation>Tidligere end udløbsdatoen, fordi varen er optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="381" />
            <source>%1 doses per pack</source>
            <translation>%1 doser pr. pakning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="531" />
            <source>%1 doses</source>
            <translation>%1 doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="534" />
            <source>Delivered %1</source>
            <translation>Leveret %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="543" />
            <source>Posted %1 by %2</source>
            <translation>Bogført %1 af %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="549" />
            <source>Started %1 by %2</source>
            <translation>Startet %1 af %2</translation>
        </message>
    </context>
    <context>
        <name>ReceivingPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="753" />
            <source>&amp;New receipt…</source>
            <translation>&amp;Ny modtagelse…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="755" />
            <source>Start a receipt for a delivery note number (Ctrl+N)</source>
            <translation>Start en modtagelse for et følgeseddelnummer (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="756" />
            <source>&amp;Import delivery note…</source>
            <translation>&amp;Importér følgeseddel…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="758" />
            <source>Receive a whole delivery note from an .xlsx or .csv file (Ctrl+I)</source>
            <translation>Modtag en hel følgeseddel fra en .xlsx- eller .csv-fil (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="764" />
            <source>No receipts yet. Start one with New receipt, or import a delivery note.</source>
            <translation>Ingen modtagelser endnu. Start en med Ny modtagelse, eller importér en følgeseddel.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="773" />
            <source>Receipts</source>
            <translation>Modtagelser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="777" />
            <source>Drafts first, then the latest posted</source>
            <translation>Kladder først, derefter de seneste bogførte</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="820" />
            <source>Type a line</source>
            <translation>Indtast en linje</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="829" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="843" />
            <source>Storage condition on arrival; a frozen product that arrives at 2–8 °C is received thawed</source>
            <translation>Opbevaring ved ankomst; en frostvare, der ankommer ved 2–8 °C, modtages optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="845" />
            <source>On &amp;hold</source>
            <translation>&amp;Tilbagehold</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="848" />
            <source>Cold chain in doubt: receive into quarantine, not pickable until a pharmacist releases it</source>
            <translation>Kølekæden er i tvivl: modtag i karantæne; kan ikke plukkes, før en farmaceut frigiver det</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="853" />
            <source>Reason, e.g. temperature logger alarm</source>
            <translation>Årsag, fx alarm fra temperaturlogger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="855" />
            <source>&amp;Add line</source>
            <translation>Tilføj &amp;linje</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="857" />
            <source>Add the typed line to the receipt (Enter in the form, Alt+A)</source>
            <translation>Tilføj den indtastede linje til modtagelsen (Enter i formularen, Alt+L)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="869" />
            <source>&amp;Product</source>
            <translation>&amp;Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="871" />
            <source>&amp;Batch</source>
            <translation>&amp;Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="873" />
            <source>E&amp;xpiry</source>
            <translation>&amp;Udløb</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="875" />
            <source>Pac&amp;ks</source>
            <translation>Pa&amp;kninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="877" />
            <source>&amp;Storage</source>
            <translation>O&amp;pbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="889" />
            <source>&amp;Thaw…</source>
            <translation>&amp;Optø…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="892" />
            <source>Thaw doses of the selected posted frozen line; the thawed shelf life starts now (Ctrl+T)</source>
            <translation>Optø doser fra den valgte bogførte frostlinje; holdbarheden efter optøning starter nu (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="894" />
            <source>&amp;Goods receipt…</source>
            <translation>Vare&amp;modtagelse…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="896" />
            <source>Preview, print or save the goods-receipt document (Ctrl+P)</source>
            <translation>Vis, udskriv eller gem varemodtagelsen (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="897" />
            <source>&amp;Cancel draft…</source>
            <translation>&amp;Annullér kladde…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="899" />
            <source>Abandon this draft; nothing of it is received</source>
            <translation>Opgiv denne kladde; intet af den modtages</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="900" />
            <source>P&amp;ost receipt</source>
            <translation>Bog&amp;før modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="902" />
            <source>Put every line into stock in one go (Ctrl+Enter)</source>
            <translation>Læg alle linjer på lager på én gang (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="970" />
            <source>New receipt</source>
            <translation>Ny modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="971" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1109" />
            <source>Import delivery note</source>
            <translation>Importér følgeseddel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="973" />
            <source>Post receipt</source>
            <translation>Bogfør modtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="977" />
            <source>Goods receipt</source>
            <translation>Varemodtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="978" />
            <source>Thaw</source>
            <translation>Optø</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="979" />
            <source>Remove line</source>
            <translation>Fjern linje</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1102" />
            <source>Receipt %1 is open. Scan the packs, type the lines, then post.</source>
            <translation>Modtagelse %1 er åben. Scan pakningerne, indtast linjerne, og bogfør derefter.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1111" />
            <source>Delivery notes (*.xlsx *.csv);;All files (*)</source>
            <translation>Følgesedler (*.xlsx *.csv);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1118" />
            <source>Reading %1…</source>
            <translation>Læser %1…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1142" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1235" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1590" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n linje</numerusform>
                <numerusform>%n linjer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1144" />
            <source>Delivery note %1 imported and posted: %2, %3 doses in stock</source>
            <translation>Følgeseddel %1 er importeret og bogført: %2, %3 doser på lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1275" />
            <source>Start a receipt with New receipt (Ctrl+N), or open one on the left. Then scan the packs.</source>
            <translation>Start en modtagelse med Ny modtagelse (Ctrl+N), eller åbn en til venstre. Scan derefter pakningerne.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1195" />
            <source>No lines yet. Scan a pack anywhere on this page, type a line below, or import the note.</source>
            <translation>Ingen linjer endnu. Scan en pakning hvor som helst på siden, indtast en linje nedenfor, eller importér følgesedlen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1205" />
            <source>No receipt open</source>
            <translation>Ingen modtagelse åben</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1210" />
            <source>Delivery note %1</source>
            <translation>Følgeseddel %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1211" />
            <source>Delivered</source>
            <translation>Leveret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1212" />
            <source>Pharmacy</source>
            <translation>Apotek</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1217" />
            <source>Started by %1, %2</source>
            <translation>Startet af %1, %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1225" />
            <source>Posted by %1, %2</source>
            <translation>Bogført af %1, %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1236" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1400" />
            <source>%n pack(s)</source>
            <translation>
                <numerusform>%n pakning</numerusform>
                <numerusform>%n pakninger</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1237" />
            <source>%1 doses</source>
            <translation>%1 doser</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1241" />
            <source>%n on hold</source>
            <translation>
                <numerusform>%n tilbageholdt</numerusform>
                <numerusform>%n tilbageholdt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1245" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n med problemer</numerusform>
                <numerusform>%n med problemer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1247" />
            <source>%n short-dated</source>
            <translation>
                <numerusform>%n kortdateret</numerusform>
                <numerusform>%n kortdaterede</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1277" />
            <source>Scan a pack anywhere on this page, or type a line below. Post (Ctrl+Enter) when all is counted.</source>
            <translation>Scan en pakning hvor som helst på siden, eller indtast en linje nedenfor. Bogfør (Ctrl+Enter), når alt er talt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1280" />
            <source>Posted: the lines are in stock. Goods receipt (Ctrl+P) shows the document; select a frozen line to thaw it.</source>
            <translation>Bogført: linjerne er på lager. Varemodtagelse (Ctrl+P) viser dokumentet; vælg en frostlinje for at optø den.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1294" />
            <source>Line %1:</source>
            <translation>Linje %1:</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1311" />
            <source>Choose a product…</source>
            <translation>Vælg en vare…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1312" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1352" />
            <source>Open a draft receipt before adding lines.</source>
            <translation>Åbn en kladde, før du tilføjer linjer.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1359" />
            <source>a product</source>
            <translation>en vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1361" />
            <source>the batch</source>
            <translation>batchnummeret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1363" />
            <source>the expiry date</source>
            <translation>udløbsdatoen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1365" />
            <source>the reason for the hold</source>
            <translation>årsagen til tilbageholdelsen</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1367" />
            <source>Fill in %1.</source>
            <translation>Udfyld %1.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1396" />
            <source>Line %1 added: %2 %3, %4</source>
            <translation>Linje %1 tilføjet: %2 %3, %4</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1411" />
            <source>Adding the line…</source>
            <translation>Tilføjer linjen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1420" />
            <source>Scanned, but no draft receipt is open: start one with New receipt (Ctrl+N) and scan again.</source>
            <translation>Scannet, men der er ingen åben kladde: start en med Ny modtagelse (Ctrl+N), og scan igen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1422" />
            <source>Receipt %1 is posted; start a new receipt to scan more packs.</source>
            <translation>Modtagelse %1 er bogført; start en ny modtagelse for at scanne flere pakninger.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1446" />
            <source>Recording the scan…</source>
            <translation>Registrerer scanningen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1468" />
            <source>+1 pack %1 %2 (%3 in total)</source>
            <translation>+1 pakning %1 %2 (%3 i alt)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1486" />
            <source>Line %1 changed</source>
            <translation>Linje %1 ændret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1492" />
            <source>Changing the line…</source>
            <translation>Ændrer linjen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1506" />
            <source>Line %1 removed: %2 %3</source>
            <translation>Linje %1 fjernet: %2 %3</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1519" />
            <source>Removing the line…</source>
            <translation>Fjerner linjen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1531" />
            <source>Put on hold</source>
            <translation>Tilbagehold</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1533" />
            <source>Why is line %1 (%2 %3) held?</source>
            <translation>Hvorfor tilbageholdes linje %1 (%2 %3)?</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1556" />
            <source>Change packs…	F2</source>
            <translation>Ret antal pakninger…	F2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1560" />
            <source>Take off hold</source>
            <translation>Ophæv tilbageholdelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1560" />
            <source>Put on hold…</source>
            <translation>Tilbagehold…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1562" />
            <source>Storage</source>
            <translation>Opbevaring</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1570" />
            <source>Remove line	Del</source>
            <translation>Fjern linje	Del</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1573" />
            <source>Thaw…	Ctrl+T</source>
            <translation>Optø…	Ctrl+T</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1586" />
            <source>The receipt has no lines yet.</source>
            <translation>Modtagelsen har endnu ingen linjer.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1592" />
            <source>Lines that cannot be received (marked red): %1. Change or remove them, then post.</source>
            <translation>Linjer, der ikke kan modtages (markeret med rødt): %1. Ret eller fjern dem, og bogfør derefter.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1607" />
            <source>Short-dated lots</source>
            <translation>Kortdaterede batcher</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1610" />
            <source>%n lot(s) on this receipt expire sooner than required. Receive anyway?</source>
            <translation>
                <numerusform>%n batch på denne modtagelse udløber tidligere end krævet. Modtag alligevel?</numerusform>
                <numerusform>%n batcher på denne modtagelse udløber tidligere end krævet. Modtag alligevel?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1613" />
            <source>Receive anyway</source>
            <translation>Modtag alligevel</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1614" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1627" />
            <source>Receipt %1 posted: %2 doses in stock</source>
            <translation>Modtagelse %1 bogført: %2 doser på lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1631" />
            <source>(%1 doses held in quarantine)</source>
            <translation>(%1 doser tilbageholdt i karantæne)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1640" />
            <source>Posting the receipt…</source>
            <translation>Bogfører modtagelsen…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1650" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1653" />
            <source>Cancel draft</source>
            <translation>Annullér kladde</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1651" />
            <source>Cancel the draft for delivery note %1?</source>
            <translation>Annullér kladden for følgeseddel %1?</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1652" />
            <source>Nothing of it is received; its scanned packs can be scanned again.</source>
            <translation>Intet af den modtages; dens scannede pakninger kan scannes igen.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1654" />
            <source>Keep it</source>
            <translation>Behold den</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1666" />
            <source>Draft %1 cancelled</source>
            <translation>Kladde %1 annulleret</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1673" />
            <source>Cancelling the draft…</source>
            <translation>Annullerer kladden…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1686" />
            <source>goods-receipt</source>
            <translation>varemodtagelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1699" />
            <source>Goods receipt %1</source>
            <translation>Varemodtagelse %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1734" />
            <source>No frozen stock of batch %1 is left at %2.</source>
            <translation>Der er ingen frossen beholdning af batch %1 tilbage på %2.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1743" />
            <source>%1 doses of batch %2 thawed</source>
            <translation>%1 doser af batch %2 optøet</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="283" />
            <source>Release held stock</source>
            <translation>Frigiv tilbageholdt lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="288" />
            <source>e.g. temperature log checked: within 2–8 °C</source>
            <translation>fx temperaturlog kontrolleret: inden for 2–8 °C</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="289" />
            <source>&amp;Reason</source>
            <translation>&amp;Begrundelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="292" />
            <source>&amp;Release</source>
            <translation>&amp;Frigiv</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="301" />
            <source>Releasing…</source>
            <translation>Frigiver…</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="212" />
            <source>YYYY-MM</source>
            <translation>ÅÅÅÅ-MM</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="214" />
            <source>The month to report, as YYYY-MM. Up and Down step through the months.</source>
            <translation>Måneden der indberettes, som ÅÅÅÅ-MM. Pil op og ned skifter måned.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="217" />
            <source>&amp;Month</source>
            <translation>&amp;Måned</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="222" />
            <source>The folder the workbook is written to (remembered on this computer)</source>
            <translation>Mappen som regnearket gemmes i (huskes på denne computer)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="225" />
            <source>Output &amp;folder</source>
            <translation>Ma&amp;ppe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="263" />
            <source>Choose a month and press Make workbook (%1). The summary sheet of the file is shown here, one row per vaccine.</source>
            <translation>Vælg en måned og tryk på Dan regneark (%1). Filens opsummeringsark vises her med én række pr. vaccine.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="292" />
            <location filename="../../pharmacy_app/ui/reports_page.py" line="652" />
            <source>Workbook</source>
            <translation>Regneark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="306" />
            <source>No report has been marked as sent yet.</source>
            <translation>Ingen indberetning er markeret som sendt endnu.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="315" />
            <source>Each version is kept exactly as it was sent. Hover over SHA-256 or Kontrolsum to see it in full.</source>
            <translation>Hver version gemmes præcis, som den blev sendt. Hold musen over SHA-256 eller Kontrolsum for at se hele værdien.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="340" />
            <source>Archive of reports sent</source>
            <translation>Arkiv over sendte indberetninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="341" />
            <location filename="../../pharmacy_app/ui/reports_page.py" line="417" />
            <source>Changes since sent</source>
            <translation>Ændringer siden afsendelse</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="362" />
            <source>Monthly report to SSI</source>
            <translation>Månedlig indberetning til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="405" />
            <source>Make workbook</source>
            <translation>Dan regneark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="407" />
            <source>Write the month&apos;s workbook for SSI into the output folder</source>
            <translation>Gem månedens regneark til SSI i den valgte mappe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="411" />
            <source>Mark as sent…</source>
            <translation>Markér som sendt…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="413" />
            <source>Archive the workbook just made as sent to SSI; this closes the month</source>
            <translation>Arkivér det netop dannede regneark som sendt til SSI; det lukker måneden</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="419" />
            <source>Compare the month as it is now with the version sent to SSI</source>
            <translation>Sammenlign måneden, som den er nu, med versionen sendt til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="423" />
            <source>Choose…</source>
            <translation>Vælg…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="425" />
            <source>Choose the folder the workbook is written to</source>
            <translation>Vælg mappen som regnearket gemmes i</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="429" />
            <source>Open folder</source>
            <translation>Åbn mappe</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="431" />
            <source>Open the folder holding the workbook</source>
            <translation>Åbn mappen med regnearket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="435" />
            <source>Save copy…</source>
            <translation>Gem kopi…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="437" />
            <source>Save a copy of the selected archived workbook, exactly as it was sent</source>
            <translation>Gem en kopi af det valgte arkiverede regneark, præcis som det blev sendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="504" />
            <source>Folder for the SSI workbook</source>
            <translation>Mappe til regnearket til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="516" />
            <location filename="../../pharmacy_app/ui/reports_page.py" line="521" />
            <source>Making the workbook for %1…</source>
            <translation>Danner regnearket for %1…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="534" />
            <source>Mark as sent to SSI</source>
            <translation>Markér som sendt til SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="536" />
            <source>Mark %1 as sent to SSI for %2?</source>
            <translation>Markér %1 som sendt til SSI for %2?</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="540" />
            <source>This closes %1: a movement dated in %1 after this can only be posted by a coordinator who gives a reason, and it will show under Changes since sent.

The file is archived exactly as it is now. Marking the month again later adds a new version and keeps this one.</source>
            <translation>Det lukker %1: en bevægelse dateret i %1 kan herefter kun bogføres af en koordinator, der angiver en begrundelse, og den vises under Ændringer siden afsendelse.

Filen arkiveres præcis, som den er nu. Markeres måneden igen senere, tilføjes en ny version, og denne bevares.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="546" />
            <source>Mark as sent</source>
            <translation>Markér som sendt</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="576" />
            <source>Comparing %1 with the version sent…</source>
            <translation>Sammenligner %1 med den sendte version…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="602" />
            <source>Save a copy of the workbook sent</source>
            <translation>Gem en kopi af det sendte regneark</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="604" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-regneark (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="613" />
            <source>Saved a copy of %1 (version %2) as %3.</source>
            <translation>Gemte en kopi af %1 (version %2) som %3.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="636" />
            <source>Workbook written: %1</source>
            <translation>Regnearket er gemt: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="641" />
            <source>No workbook was written.</source>
            <translation>Der blev ikke gemt noget regneark.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="654" />
            <source>Workbook for %1: summary sheet (Opsummering)</source>
            <translation>Regneark for %1: opsummeringsarket (Opsummering)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="657" />
            <source>Open %1</source>
            <translation>Åbn %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="659" />
            <source>Made %1 by %2</source>
            <translation>Dannet %1 af %2</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="661" />
            <source>Kontrolsum: %1</source>
            <translation>Kontrolsum: %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="663" />
            <source>SHA-256 of the ledger rows the report was made from; the same data gives the same sum.</source>
            <translation>SHA-256 af de bevægelser, indberetningen er dannet ud fra; samme data giver samme sum.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports_page.py" line="668" />
            <source>%n row(s) do not reconcile (Afstemt is not OK): marked red.</source>
            <translation>
                <numerusform>%n række stemmer ikke (Afstemt er ikke OK): markeret med rødt.</numerusform>
                <numerusform>%n rækker stemmer ikke (Afstemt er ikke OK): markeret med rødt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports_page.py" line="673" />
            <source>All %n row(s) reconcile (Afstemt OK).</source>
            <translation>
                <numerusform>%n række stemmer (Afstemt OK).</numerusform>
                <numerusform>Alle %n rækker stemmer (Afstemt OK).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="675" />
            <source>No stock or movements in this month: the sheets have headers only.</source>
            <translation>Ingen beholdning eller bevægelser i denne måned: arkene har kun overskrifter.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="684" />
            <source>Archiving the workbook…</source>
            <translation>Arkiverer regnearket…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="692" />
            <source>%1 was marked as sent for %2 (version %3); the month is closed.</source>
            <translation>%1 er markeret som sendt for %2 (version %3); måneden er lukket.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="703" />
            <source>Press Changes since sent (%1) to compare a month with the version sent to SSI.</source>
            <translation>Tryk på Ændringer siden afsendelse (%1) for at sammenligne en måned med versionen sendt til SSI.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports_page.py" line="715" />
            <source>%1: %n difference(s) from version %2 sent on %3 by %4.</source>
            <translation>
                <numerusform>%1: %n forskel fra version %2, sendt %3 af %4.</numerusform>
                <numerusform>%1: %n forskelle fra version %2, sendt %3 af %4.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="724" />
            <source>%1: compared with version %2.</source>
            <translation>%1: sammenlignet med version %2.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="727" />
            <source>No changes since the version sent on %1 by %2.</source>
            <translation>Ingen ændringer siden versionen sendt %1 af %2.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="764" />
            <source>Make the workbook for %1 first; the one shown is for %2.</source>
            <translation>Dan først regnearket for %1; det viste er for %2.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="773" />
            <location filename="../../pharmacy_app/ui/reports_page.py" line="788" />
            <source>%1 has not been marked as sent.</source>
            <translation>%1 er ikke markeret som sendt.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/reports_page.py" line="780" />
            <source>%1 is closed: version %2 was marked as sent on %3 by %4.</source>
            <translation>%1 er lukket: version %2 blev markeret som sendt %3 af %4.</translation>
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
            <location filename="../../pharmacy_app/ui/stock_model.py" line="139" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="140" />
            <source>Location kind</source>
            <translation>Stedtype</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="141" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="142" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="143" />
            <location filename="../../pharmacy_app/ui/stock_model.py" line="353" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="144" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="145" />
            <source>Expiry</source>
            <translation>Udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="146" />
            <source>Use by</source>
            <translation>Anvendes senest</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="147" />
            <source>Doses</source>
            <translation>Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="148" />
            <source>Packs</source>
            <translation>Pakninger</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="149" />
            <source>Units</source>
            <translation>Enheder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="152" />
            <source>SSI item number (varenummer)</source>
            <translation>SSI&apos;s varenummer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="153" />
            <source>The manufacturer&apos;s expiry date</source>
            <translation>Producentens udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="154" />
            <source>Use by: the expiry date, or earlier once thawed</source>
            <translation>Anvendes senest: udløbsdatoen, eller tidligere når varen er optøet</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="155" />
            <source>Vials, syringes or applicators</source>
            <translation>Hætteglas, sprøjter eller applikatorer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="156" />
            <source>Packs as delivered by SSI</source>
            <translation>Pakninger som leveret af SSI</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="299" />
            <source>This column cannot be sorted.</source>
            <translation>Der kan ikke sorteres efter denne kolonne.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="401" />
            <source>Expired: could be used until %1</source>
            <translation>Udløbet: kunne anvendes til og med %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="403" />
            <source>Last day of use</source>
            <translation>Sidste anvendelsesdag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_model.py" line="407" />
            <source>Thawed %1</source>
            <translation>Optøet %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock_model.py" line="405" />
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
            <location filename="../../pharmacy_app/ui/stock_page.py" line="124" />
            <source>Search batch, product or location  (Ctrl+F)</source>
            <translation>Søg batch, vare eller sted  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="134" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="135" />
            <source>Product</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="136" />
            <source>Location</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="287" />
            <source>Release held stock…</source>
            <translation>Frigiv tilbageholdt lager…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="289" />
            <source>Release the selected held stock from quarantine to the pharmacy</source>
            <translation>Frigiv det valgte tilbageholdte lager fra karantæne til apoteket</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="293" />
            <source>Discard…</source>
            <translation>Kassér…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="295" />
            <source>Discard doses of the selected row with a reason</source>
            <translation>Kassér doser fra den valgte række med en årsag</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="299" />
            <source>Thaw…</source>
            <translation>Optø…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="301" />
            <source>Thaw doses of the selected frozen stock; its thawed shelf life starts</source>
            <translation>Optø doser af det valgte frosne lager; holdbarheden efter optøning starter</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="308" />
            <source>Amber italic rows are held in quarantine: in stock, but not pickable until released.</source>
            <translation>Rækker i gul kursiv er tilbageholdt i karantæne: på lager, men kan ikke plukkes, før de frigives.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="388" />
            <source>All programmes</source>
            <translation>Alle programmer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="391" />
            <source>All locations</source>
            <translation>Alle steder</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="393" />
            <source>%1 (not in use)</source>
            <translation>%1 (ikke i brug)</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="409" />
            <source>All products</source>
            <translation>Alle varer</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="410" />
            <source>Item no.</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="443" />
            <source>No stock matches the filter.</source>
            <translation>Intet lager passer til filteret.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="445" />
            <source>There is no stock yet. Stock appears here when deliveries are received.</source>
            <translation>Der er endnu intet lager. Lageret vises her, når leverancer er modtaget.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="452" />
            <source>Loading…</source>
            <translation>Henter …</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock_page.py" line="455" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n række</numerusform>
                <numerusform>%n rækker</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/stock_page.py" line="456" />
            <source>%1 doses</source>
            <translation>%1 doser</translation>
        </message>
    </context>
    <context>
        <name>SummaryModel</name>
        <message>
            <location filename="../../pharmacy_app/ui/reports_model.py" line="206" />
            <source>Does not reconcile: Ultimo differs from the movements by %1 doses.</source>
            <translation>Stemmer ikke: Ultimo afviger med %1 doser fra bevægelserne.</translation>
        </message>
    </context>
    <context>
        <name>ThawDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="392" />
            <source>Thaw stock</source>
            <translation>Optø lager</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="399" />
            <source>After thawing</source>
            <translation>Efter optøning</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="400" />
            <source>&amp;Thaw</source>
            <translation>&amp;Optø</translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/held_stock.py" line="411" />
            <source>keeps %n day(s) at 2–8 °C</source>
            <translation>
                <numerusform>holder %n dag ved 2–8 °C</numerusform>
                <numerusform>holder %n dage ved 2–8 °C</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="412" />
            <source>use by %1</source>
            <translation>anvendes senest %1</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="413" />
            <source>Thawed stock cannot be refrozen.</source>
            <translation>Optøet lager kan ikke genfryses.</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="417" />
            <source>Thawing…</source>
            <translation>Optør…</translation>
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
    <context>
        <name>_StockDialog</name>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="167" />
            <source>&amp;Doses</source>
            <translation>&amp;Doser</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="173" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="202" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="211" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="212" />
            <source>Expiry</source>
            <translation>Udløbsdato</translation>
        </message>
        <message>
            <location filename="../../pharmacy_app/ui/held_stock.py" line="226" />
            <source>= %1 vials/syringes · %2 packs</source>
            <translation>= %1 hætteglas/sprøjter · %2 pakninger</translation>
        </message>
    </context>
</TS>
