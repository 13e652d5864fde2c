<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AcceptProposalDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/accept_proposal_dialog.py" line="82" />
            <source>Saves up to %Ln dose(s) from expiring.</source>
            <translation>
                <numerusform>Saves up to %Ln dose from expiring.</numerusform>
                <numerusform>Saves up to %Ln doses from expiring.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/accept_proposal_dialog.py" line="84" />
            <source>The proposal moves %Ln dose(s).</source>
            <translation>
                <numerusform>The proposal moves %Ln dose.</numerusform>
                <numerusform>The proposal moves %Ln doses.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BucketTile</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/bucket_tile.py" line="66" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dose</numerusform>
                <numerusform>%Ln doses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/bucket_tile.py" line="67" />
            <source>%Ln lot(s)</source>
            <translation>
                <numerusform>%Ln lot</numerusform>
                <numerusform>%Ln lots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChangesPane</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports/changes_pane.py" line="59" />
            <source>%1: %Ln difference(s) from version %2 sent on %3 by %4.</source>
            <translation>
                <numerusform>%1: %Ln difference from version %2 sent on %3 by %4.</numerusform>
                <numerusform>%1: %Ln differences from version %2 sent on %3 by %4.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConsumptionImportDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/consumption/import_dialog.py" line="45" />
            <source>%Ln problem(s)</source>
            <translation>
                <numerusform>%Ln problem</numerusform>
                <numerusform>%Ln problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CorrectDayDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/consumption/correct_dialog.py" line="66" />
            <source>%Ln dose(s) saved</source>
            <translation>
                <numerusform>%Ln dose saved</numerusform>
                <numerusform>%Ln doses saved</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CyclePanel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/cycle_panel.py" line="150" />
            <source>%Ln lot(s) ticked</source>
            <translation>
                <numerusform>%Ln lot ticked</numerusform>
                <numerusform>%Ln lots ticked</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DiscardTab</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="173" />
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="204" />
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="232" />
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="260" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dose</numerusform>
                <numerusform>%Ln doses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="175" />
            <source>(%Ln row(s))</source>
            <translation>
                <numerusform>(%Ln row)</numerusform>
                <numerusform>(%Ln rows)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/discard_tab.py" line="246" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DistributionPage</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/page.py" line="421" />
            <source>%Ln site(s)</source>
            <translation>
                <numerusform>%Ln site</numerusform>
                <numerusform>%Ln sites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExpiryChart</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/chart.py" line="162" />
            <source>later: %Ln dose(s)</source>
            <translation>
                <numerusform>later: %Ln dose</numerusform>
                <numerusform>later: %Ln doses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExpiryStatusLabel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/status_label.py" line="55" />
            <source>%Ln site(s) running out</source>
            <translation>
                <numerusform>%Ln site running out</numerusform>
                <numerusform>%Ln sites running out</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExpiryTexts</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="32" />
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="37" />
            <source>≤ %Ln day(s)</source>
            <translation>
                <numerusform>≤ %Ln day</numerusform>
                <numerusform>≤ %Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="43" />
            <source>Use-by more than %Ln day(s) from today</source>
            <translation>
                <numerusform>Use-by more than %Ln day from today</numerusform>
                <numerusform>Use-by more than %Ln days from today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="51" />
            <source>%1 doses have expired (%Ln lot(s))</source>
            <translation>
                <numerusform>%1 doses have expired (%Ln lot)</numerusform>
                <numerusform>%1 doses have expired (%Ln lots)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="55" />
            <source>%1 doses expire within %2 days (%Ln lot(s))</source>
            <translation>
                <numerusform>%1 doses expire within %2 days (%Ln lot)</numerusform>
                <numerusform>%1 doses expire within %2 days (%Ln lots)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="61" />
            <source>%1 doses will not be used in time at the expected rate of use (%Ln lot(s))</source>
            <translation>
                <numerusform>%1 doses will not be used in time at the expected rate of use (%Ln lot)</numerusform>
                <numerusform>%1 doses will not be used in time at the expected rate of use (%Ln lots)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="66" />
            <source>%Ln day(s) left</source>
            <translation>
                <numerusform>%Ln day left</numerusform>
                <numerusform>%Ln days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/texts.py" line="70" />
            <source>%1 %2: use by %3 (%4), %5 doses at %Ln location(s)</source>
            <translation>
                <numerusform>%1 %2: use by %3 (%4), %5 doses at %Ln location</numerusform>
                <numerusform>%1 %2: use by %3 (%4), %5 doses at %Ln locations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="241" />
            <source>Exported %Ln row(s) to %1</source>
            <translation>
                <numerusform>Exported %Ln row to %1</numerusform>
                <numerusform>Exported %Ln rows to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPane</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/history_pane.py" line="156" />
            <source>%Ln movement(s)</source>
            <translation>
                <numerusform>%Ln movement</numerusform>
                <numerusform>%Ln movements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="264" />
            <source>%Ln reading(s) in columns %1 and %2; %3: allowed %4 to %5.</source>
            <translation>
                <numerusform>%Ln reading in columns %1 and %2; %3: allowed %4 to %5.</numerusform>
                <numerusform>%Ln readings in columns %1 and %2; %3: allowed %4 to %5.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/cold_chain/excursion_dialogs.py" line="269" />
            <source>%Ln excursion(s) found:</source>
            <translation>
                <numerusform>%Ln excursion found:</numerusform>
                <numerusform>%Ln excursions found:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="192" />
            <source>%Ln problem(s) stop the import</source>
            <translation>
                <numerusform>%Ln problem stops the import</numerusform>
                <numerusform>%Ln problems stop the import</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="199" />
            <source>No errors in the file, but %Ln short-dated lot(s) need your confirmation below</source>
            <translation>
                <numerusform>No errors in the file, but %Ln short-dated lot needs your confirmation below</numerusform>
                <numerusform>No errors in the file, but %Ln short-dated lots need your confirmation below</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="214" />
            <source>%Ln line(s)</source>
            <translation>
                <numerusform>%Ln line</numerusform>
                <numerusform>%Ln lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/import_preview.py" line="248" />
            <source>%Ln short-dated lot(s) need your confirmation:</source>
            <translation>
                <numerusform>%Ln short-dated lot needs your confirmation:</numerusform>
                <numerusform>%Ln short-dated lots need your confirmation:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LinesModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/models.py" line="233" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dose</numerusform>
                <numerusform>%Ln doses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="426" />
            <source>%Ln lot(s)</source>
            <translation>
                <numerusform>%Ln lot</numerusform>
                <numerusform>%Ln lots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="427" />
            <source>%Ln location(s)</source>
            <translation>
                <numerusform>%Ln location</numerusform>
                <numerusform>%Ln locations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="429" />
            <source>Stock: %Ln dose(s) · %2 at %3</source>
            <translation>
                <numerusform>Stock: %Ln dose · %2 at %3</numerusform>
                <numerusform>Stock: %Ln doses · %2 at %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewRoundDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="224" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="226" />
            <source>Target cover: stock for %Ln day(s) of use at each site of this kind</source>
            <translation>
                <numerusform>Target cover: stock for %Ln day of use at each site of this kind</numerusform>
                <numerusform>Target cover: stock for %Ln days of use at each site of this kind</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/new_round_dialog.py" line="315" />
            <source>%Ln site(s) ticked</source>
            <translation>
                <numerusform>%Ln site ticked</numerusform>
                <numerusform>%Ln sites ticked</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="366" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/overview_tab.py" line="367" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dose</numerusform>
                <numerusform>%Ln doses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/common/pdf_preview.py" line="270" />
            <source>%Ln page(s)</source>
            <translation>
                <numerusform>%Ln page</numerusform>
                <numerusform>%Ln pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecallTab</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="365" />
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="493" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dose</numerusform>
                <numerusform>%Ln doses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="366" />
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="491" />
            <source>%Ln location(s)</source>
            <translation>
                <numerusform>%Ln location</numerusform>
                <numerusform>%Ln locations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="498" />
            <source>%Ln vial(s)</source>
            <translation>
                <numerusform>%Ln vial</numerusform>
                <numerusform>%Ln vials</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/recall_tab.py" line="499" />
            <source>%Ln site(s)</source>
            <translation>
                <numerusform>%Ln site</numerusform>
                <numerusform>%Ln sites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiptHeader</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="53" />
            <source>%Ln line(s)</source>
            <translation>
                <numerusform>%Ln line</numerusform>
                <numerusform>%Ln lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="54" />
            <source>%Ln pack(s)</source>
            <translation>
                <numerusform>%Ln pack</numerusform>
                <numerusform>%Ln packs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="55" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dose</numerusform>
                <numerusform>%Ln doses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="59" />
            <source>%Ln on hold</source>
            <translation>
                <numerusform>%Ln on hold</numerusform>
                <numerusform>%Ln on hold</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="63" />
            <source>%Ln with problems</source>
            <translation>
                <numerusform>%Ln with problems</numerusform>
                <numerusform>%Ln with problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_header.py" line="65" />
            <source>%Ln short-dated</source>
            <translation>
                <numerusform>%Ln short-dated</numerusform>
                <numerusform>%Ln short-dated</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiptLifecycle</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="58" />
            <source>%Ln line(s)</source>
            <translation>
                <numerusform>%Ln line</numerusform>
                <numerusform>%Ln lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipt_lifecycle.py" line="71" />
            <source>%Ln lot(s) on this receipt expire sooner than required. Receive anyway?</source>
            <translation>
                <numerusform>%Ln lot on this receipt expires sooner than required. Receive anyway?</numerusform>
                <numerusform>%Ln lots on this receipt expire sooner than required. Receive anyway?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiptLinesModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="271" />
            <source>(+%Ln more)</source>
            <translation>
                <numerusform>(+%Ln more)</numerusform>
                <numerusform>(+%Ln more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="277" />
            <source>Short-dated (%Ln day(s))</source>
            <translation>
                <numerusform>Short-dated (%Ln day)</numerusform>
                <numerusform>Short-dated (%Ln days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiptListModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="385" />
            <source>%Ln pack(s)</source>
            <translation>
                <numerusform>%Ln pack</numerusform>
                <numerusform>%Ln packs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="386" />
            <source>%Ln line(s)</source>
            <translation>
                <numerusform>%Ln line</numerusform>
                <numerusform>%Ln lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/models.py" line="393" />
            <source>%Ln line(s) on hold</source>
            <translation>
                <numerusform>%Ln line on hold</numerusform>
                <numerusform>%Ln lines on hold</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiptsPanel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/receipts_panel.py" line="95" />
            <source>No receipts made on this page yet, but the stock holds %Ln delivery note(s) from SSI (the latest on %1) booked without a receipt here, by the demo data or the command line. Their lots and history are on the Stock page.</source>
            <translation>
                <numerusform>No receipts made on this page yet, but the stock holds %Ln delivery note from SSI (the latest on %1) booked without a receipt here, by the demo data or the command line. Its lots and history are on the Stock page.</numerusform>
                <numerusform>No receipts made on this page yet, but the stock holds %Ln delivery notes from SSI (the latest on %1) booked without a receipt here, by the demo data or the command line. Their lots and history are on the Stock page.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceivingPage</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="319" />
            <source>%Ln line(s)</source>
            <translation>
                <numerusform>%Ln line</numerusform>
                <numerusform>%Ln lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving/page.py" line="465" />
            <source>%Ln pack(s)</source>
            <translation>
                <numerusform>%Ln pack</numerusform>
                <numerusform>%Ln packs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordWasteDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="380" />
            <source>%Ln dose(s) on hand</source>
            <translation>
                <numerusform>%Ln dose on hand</numerusform>
                <numerusform>%Ln doses on hand</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="413" />
            <source>%Ln syringe(s)</source>
            <translation>
                <numerusform>%Ln syringe</numerusform>
                <numerusform>%Ln syringes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="415" />
            <source>%Ln applicator(s)</source>
            <translation>
                <numerusform>%Ln applicator</numerusform>
                <numerusform>%Ln applicators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="416" />
            <source>%Ln vial(s)</source>
            <translation>
                <numerusform>%Ln vial</numerusform>
                <numerusform>%Ln vials</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="456" />
            <source>Waste for “%1” is entered in whole vials, syringes or applicators (%Ln dose(s) each): an unopened one is lost whole. Only what is left in an opened vial is entered in doses.</source>
            <translation>
                <numerusform>Waste for “%1” is entered in whole vials, syringes or applicators (%Ln dose each): an unopened one is lost whole. Only what is left in an opened vial is entered in doses.</numerusform>
                <numerusform>Waste for “%1” is entered in whole vials, syringes or applicators (%Ln doses each): an unopened one is lost whole. Only what is left in an opened vial is entered in doses.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/record_waste_dialog.py" line="466" />
            <source>A vial holds %Ln dose(s): enter the doses left in the opened vial.</source>
            <translation>
                <numerusform>A vial holds %Ln dose: enter the doses left in the opened vial.</numerusform>
                <numerusform>A vial holds %Ln doses: enter the doses left in the opened vial.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequestsModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/models.py" line="175" />
            <source>Requested %1 doses = %Ln vial(s)</source>
            <translation>
                <numerusform>Requested %1 doses = %Ln vial</numerusform>
                <numerusform>Requested %1 doses = %Ln vials</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReverseDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/reverse_dialog.py" line="41" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dose</numerusform>
                <numerusform>%Ln doses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RiskTab</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="409" />
            <source>%Ln dose(s) at risk</source>
            <translation>
                <numerusform>%Ln dose at risk</numerusform>
                <numerusform>%Ln doses at risk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="411" />
            <source>%Ln location(s)</source>
            <translation>
                <numerusform>%Ln location</numerusform>
                <numerusform>%Ln locations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="413" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="418" />
            <source>%Ln proposal(s)</source>
            <translation>
                <numerusform>%Ln proposal</numerusform>
                <numerusform>%Ln proposals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/risk_tab.py" line="420" />
            <source>%Ln dose(s) saved in the region</source>
            <translation>
                <numerusform>%Ln dose saved in the region</numerusform>
                <numerusform>%Ln doses saved in the region</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundHeader</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/round_header.py" line="64" />
            <source>%Ln site(s)</source>
            <translation>
                <numerusform>%Ln site</numerusform>
                <numerusform>%Ln sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/round_header.py" line="68" />
            <source>%Ln unit(s)</source>
            <translation>
                <numerusform>%Ln unit</numerusform>
                <numerusform>%Ln units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundLifecycle</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="73" />
            <source>%Ln unit(s)</source>
            <translation>
                <numerusform>%Ln unit</numerusform>
                <numerusform>%Ln units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="74" />
            <location filename="../../pharmacy_app/ui/distribution/round_lifecycle.py" line="106" />
            <source>%Ln site(s)</source>
            <translation>
                <numerusform>%Ln site</numerusform>
                <numerusform>%Ln sites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundListModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="75" />
            <source>%1 doses to %Ln site(s)</source>
            <translation>
                <numerusform>%1 doses to %Ln site</numerusform>
                <numerusform>%1 doses to %Ln sites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundTables</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/round_tables.py" line="211" />
            <source>%Ln vial(s)</source>
            <translation>
                <numerusform>%Ln vial</numerusform>
                <numerusform>%Ln vials</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendToRegionDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/send_to_region_dialog.py" line="92" />
            <source>At most the %Ln dose(s) proposed.</source>
            <translation>
                <numerusform>At most the %Ln dose proposed.</numerusform>
                <numerusform>At most the %Ln doses proposed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetupGuide</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="207" />
            <source>Load %Ln centre(s)</source>
            <translation>
                <numerusform>Load %Ln centre</numerusform>
                <numerusform>Load %Ln centres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="219" />
            <source>%Ln site(s) in %1.</source>
            <translation>
                <numerusform>%Ln site in %1.</numerusform>
                <numerusform>%Ln sites in %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/setup/guide.py" line="224" />
            <source>The catalogue names %Ln central vaccination centre(s) not added yet: %1.</source>
            <translation>
                <numerusform>The catalogue names %Ln central vaccination centre not added yet: %1.</numerusform>
                <numerusform>The catalogue names %Ln central vaccination centres not added yet: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortageBanner</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="75" />
            <source>%Ln more site(s)</source>
            <translation>
                <numerusform>%Ln more site</numerusform>
                <numerusform>%Ln more sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="79" />
            <source>%Ln more product(s) short</source>
            <translation>
                <numerusform>%Ln more product short</numerusform>
                <numerusform>%Ln more products short</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/shortage_banner.py" line="85" />
            <source>%Ln more storage limit(s)</source>
            <translation>
                <numerusform>%Ln more storage limit</numerusform>
                <numerusform>%Ln more storage limits</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SimulationResults</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports/simulation_results.py" line="265" />
            <source>%Ln site(s)</source>
            <translation>
                <numerusform>%Ln site</numerusform>
                <numerusform>%Ln sites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SiteListsModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution/list_models.py" line="147" />
            <source>%Ln visit(s) planned</source>
            <translation>
                <numerusform>%Ln visit planned</numerusform>
                <numerusform>%Ln visits planned</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StockOutsTab</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry/stock_outs_tab.py" line="109" />
            <source>runs out %1, %Ln day(s) before the next round</source>
            <translation>
                <numerusform>runs out %1, %Ln day before the next round</numerusform>
                <numerusform>runs out %1, %Ln days before the next round</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/page.py" line="441" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/page.py" line="442" />
            <source>%Ln dose(s)</source>
            <translation>
                <numerusform>%Ln dose</numerusform>
                <numerusform>%Ln doses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StocktakePage</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="377" />
            <source>%Ln lot(s)</source>
            <translation>
                <numerusform>%Ln lot</numerusform>
                <numerusform>%Ln lots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="377" />
            <source>%Ln counted</source>
            <translation>
                <numerusform>%Ln counted</numerusform>
                <numerusform>%Ln counted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="382" />
            <source>%Ln with a difference</source>
            <translation>
                <numerusform>%Ln with a difference</numerusform>
                <numerusform>%Ln with a difference</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="384" />
            <source>%Ln need(s) approval</source>
            <translation>
                <numerusform>%Ln needs approval</numerusform>
                <numerusform>%Ln need approval</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="520" />
            <source>%Ln lot(s) not counted yet: count them (0 when none is there) before posting.</source>
            <translation>
                <numerusform>%Ln lot is not counted yet: count it (0 when none is there) before posting.</numerusform>
                <numerusform>%Ln lots are not counted yet: count them (0 when none is there) before posting.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stocktake/page.py" line="544" />
            <source>Count %1 posted: %Ln adjustment(s) written to the stock.</source>
            <translation>
                <numerusform>Count %1 posted: %Ln adjustment written to the stock.</numerusform>
                <numerusform>Count %1 posted: %Ln adjustments written to the stock.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThawDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/thaw_dialog.py" line="56" />
            <source>keeps %Ln day(s) at 2–8 °C</source>
            <translation>
                <numerusform>keeps %Ln day at 2–8 °C</numerusform>
                <numerusform>keeps %Ln days at 2–8 °C</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UseByTexts</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/marks.py" line="82" />
            <source>%Ln day(s) left</source>
            <translation>
                <numerusform>%Ln day left</numerusform>
                <numerusform>%Ln days left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkbookBox</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="136" />
            <source>%Ln row(s) do not reconcile (Reconciled is not OK): marked red.</source>
            <translation>
                <numerusform>%Ln row does not reconcile (Reconciled is not OK): marked red.</numerusform>
                <numerusform>%Ln rows do not reconcile (Reconciled is not OK): marked red.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports/workbook_box.py" line="141" />
            <source>All %Ln row(s) reconcile (Reconciled is OK).</source>
            <translation>
                <numerusform>The %Ln row reconciles (Reconciled is OK).</numerusform>
                <numerusform>All %Ln rows reconcile (Reconciled is OK).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock/stock_dialog.py" line="33" />
            <source>%Ln dose(s) on hand</source>
            <translation>
                <numerusform>%Ln dose on hand</numerusform>
                <numerusform>%Ln doses on hand</numerusform>
            </translation>
        </message>
    </context>
</TS>
