<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AcceptProposalDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/risk_tab.py" line="560" />
            <source>Saves up to %n dose(s) from expiring.</source>
            <translation>
                <numerusform>Saves up to %n dose from expiring.</numerusform>
                <numerusform>Saves up to %n doses from expiring.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/risk_tab.py" line="562" />
            <source>The proposal moves %n dose(s).</source>
            <translation>
                <numerusform>The proposal moves %n dose.</numerusform>
                <numerusform>The proposal moves %n doses.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BucketTile</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_page.py" line="190" />
            <source>%n lot(s)</source>
            <translation>
                <numerusform>%n lot</numerusform>
                <numerusform>%n lots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConsumptionImportDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="145" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DiscardTab</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="201" />
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="231" />
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="264" />
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="292" />
            <source>%n dose(s)</source>
            <translation>
                <numerusform>%n dose</numerusform>
                <numerusform>%n doses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="203" />
            <source>(%n row(s))</source>
            <translation>
                <numerusform>(%n row)</numerusform>
                <numerusform>(%n rows)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="278" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DistributionPage</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="1973" />
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2144" />
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2306" />
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2337" />
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n site</numerusform>
                <numerusform>%n sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2048" />
            <source>%n vial(s)</source>
            <translation>
                <numerusform>%n vial</numerusform>
                <numerusform>%n vials</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2017" />
            <source>%n more site(s)</source>
            <translation>
                <numerusform>%n more site</numerusform>
                <numerusform>%n more sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="1977" />
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2305" />
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2021" />
            <source>%n more product(s) short</source>
            <translation>
                <numerusform>%n more product short</numerusform>
                <numerusform>%n more products short</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExpiryTexts</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="56" />
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="61" />
            <source>≤ %n day(s)</source>
            <translation>
                <numerusform>≤ %n day</numerusform>
                <numerusform>≤ %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="67" />
            <source>Use-by more than %n day(s) from today</source>
            <translation>
                <numerusform>Use-by more than %n day from today</numerusform>
                <numerusform>Use-by more than %n days from today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="75" />
            <source>%1 doses have expired (%n lot(s))</source>
            <translation>
                <numerusform>%1 doses have expired (%n lot)</numerusform>
                <numerusform>%1 doses have expired (%n lots)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="79" />
            <source>%1 doses expire within %2 days (%n lot(s))</source>
            <translation>
                <numerusform>%1 doses expire within %2 days (%n lot)</numerusform>
                <numerusform>%1 doses expire within %2 days (%n lots)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="85" />
            <source>%1 doses will not be used in time at their site's rate (%n lot(s))</source>
            <translation>
                <numerusform>%1 doses will not be used in time at their site's rate (%n lot)</numerusform>
                <numerusform>%1 doses will not be used in time at their site's rate (%n lots)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="90" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="94" />
            <source>%1 %2: use by %3 (%4), %5 doses at %n location(s)</source>
            <translation>
                <numerusform>%1 %2: use by %3 (%4), %5 doses at %n location</numerusform>
                <numerusform>%1 %2: use by %3 (%4), %5 doses at %n locations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="248" />
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>Exported %n row to %1</numerusform>
                <numerusform>Exported %n rows to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPane</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/history_pane.py" line="110" />
            <source>%n movement(s)</source>
            <translation>
                <numerusform>%n movement</numerusform>
                <numerusform>%n movements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="555" />
            <source>%n problem(s) stop the import</source>
            <translation>
                <numerusform>%n problem stops the import</numerusform>
                <numerusform>%n problems stop the import</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="562" />
            <source>No errors in the file, but %n short-dated lot(s) need your confirmation below</source>
            <translation>
                <numerusform>No errors in the file, but %n short-dated lot needs your confirmation below</numerusform>
                <numerusform>No errors in the file, but %n short-dated lots need your confirmation below</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="577" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="611" />
            <source>%n short-dated lot(s) need your confirmation:</source>
            <translation>
                <numerusform>%n short-dated lot needs your confirmation:</numerusform>
                <numerusform>%n short-dated lots need your confirmation:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="285" />
            <source>%n lot(s)</source>
            <translation>
                <numerusform>%n lot</numerusform>
                <numerusform>%n lots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="286" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n location</numerusform>
                <numerusform>%n locations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewRoundDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="411" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="413" />
            <source>Target cover: stock for %n day(s) of use at each site of this kind</source>
            <translation>
                <numerusform>Target cover: stock for %n day of use at each site of this kind</numerusform>
                <numerusform>Target cover: stock for %n days of use at each site of this kind</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="498" />
            <source>%n site(s) ticked</source>
            <translation>
                <numerusform>%n site ticked</numerusform>
                <numerusform>%n sites ticked</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_page.py" line="505" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="260" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecallTab</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/recall_tab.py" line="412" />
            <location filename="../../pharmacy_app/ui/recall_tab.py" line="545" />
            <source>%n dose(s)</source>
            <translation>
                <numerusform>%n dose</numerusform>
                <numerusform>%n doses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/recall_tab.py" line="413" />
            <location filename="../../pharmacy_app/ui/recall_tab.py" line="543" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n location</numerusform>
                <numerusform>%n locations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/recall_tab.py" line="550" />
            <source>%n vial(s)</source>
            <translation>
                <numerusform>%n vial</numerusform>
                <numerusform>%n vials</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/recall_tab.py" line="551" />
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n site</numerusform>
                <numerusform>%n sites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiptLinesModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="312" />
            <source>(+%n more)</source>
            <translation>
                <numerusform>(+%n more)</numerusform>
                <numerusform>(+%n more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="319" />
            <source>Short-dated (%n day(s))</source>
            <translation>
                <numerusform>Short-dated (%n day)</numerusform>
                <numerusform>Short-dated (%n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiptListModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="482" />
            <source>%n pack(s)</source>
            <translation>
                <numerusform>%n pack</numerusform>
                <numerusform>%n packs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="483" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="490" />
            <source>%n line(s) on hold</source>
            <translation>
                <numerusform>%n line on hold</numerusform>
                <numerusform>%n lines on hold</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceivingPage</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1135" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1251" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1606" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1166" />
            <source>No receipts made on this page yet, but the stock holds %n delivery note(s) from SSI (the latest on %1) booked without a receipt here, by the demo data or the command line. Their lots and history are on the Stock page.</source>
            <translation>
                <numerusform>No receipts made on this page yet, but the stock holds %n delivery note from SSI (the latest on %1) booked without a receipt here, by the demo data or the command line. Its lots and history are on the Stock page.</numerusform>
                <numerusform>No receipts made on this page yet, but the stock holds %n delivery notes from SSI (the latest on %1) booked without a receipt here, by the demo data or the command line. Their lots and history are on the Stock page.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1252" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1416" />
            <source>%n pack(s)</source>
            <translation>
                <numerusform>%n pack</numerusform>
                <numerusform>%n packs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1257" />
            <source>%n on hold</source>
            <translation>
                <numerusform>%n on hold</numerusform>
                <numerusform>%n on hold</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1261" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n with problems</numerusform>
                <numerusform>%n with problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1263" />
            <source>%n short-dated</source>
            <translation>
                <numerusform>%n short-dated</numerusform>
                <numerusform>%n short-dated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1626" />
            <source>%n lot(s) on this receipt expire sooner than required. Receive anyway?</source>
            <translation>
                <numerusform>%n lot on this receipt expires sooner than required. Receive anyway?</numerusform>
                <numerusform>%n lots on this receipt expire sooner than required. Receive anyway?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordWasteDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="666" />
            <source>%n syringe(s)</source>
            <translation>
                <numerusform>%n syringe</numerusform>
                <numerusform>%n syringes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="668" />
            <source>%n applicator(s)</source>
            <translation>
                <numerusform>%n applicator</numerusform>
                <numerusform>%n applicators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="669" />
            <source>%n vial(s)</source>
            <translation>
                <numerusform>%n vial</numerusform>
                <numerusform>%n vials</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="709" />
            <source>Waste for “%1” is entered in whole vials, syringes or applicators (%n dose(s) each): an unopened one is lost whole. Only what is left in an opened vial is entered in doses.</source>
            <translation>
                <numerusform>Waste for “%1” is entered in whole vials, syringes or applicators (%n dose each): an unopened one is lost whole. Only what is left in an opened vial is entered in doses.</numerusform>
                <numerusform>Waste for “%1” is entered in whole vials, syringes or applicators (%n doses each): an unopened one is lost whole. Only what is left in an opened vial is entered in doses.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="719" />
            <source>A vial holds %n dose(s): enter the doses left in the opened vial.</source>
            <translation>
                <numerusform>A vial holds %n dose: enter the doses left in the opened vial.</numerusform>
                <numerusform>A vial holds %n doses: enter the doses left in the opened vial.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports_page.py" line="628" />
            <source>%n row(s) do not reconcile (Afstemt is not OK): marked red.</source>
            <translation>
                <numerusform>%n row does not reconcile (Afstemt is not OK): marked red.</numerusform>
                <numerusform>%n rows do not reconcile (Afstemt is not OK): marked red.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports_page.py" line="633" />
            <source>All %n row(s) reconcile (Afstemt OK).</source>
            <translation>
                <numerusform>The %n row reconciles (Afstemt OK).</numerusform>
                <numerusform>All %n rows reconcile (Afstemt OK).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports_page.py" line="675" />
            <source>%1: %n difference(s) from version %2 sent on %3 by %4.</source>
            <translation>
                <numerusform>%1: %n difference from version %2 sent on %3 by %4.</numerusform>
                <numerusform>%1: %n differences from version %2 sent on %3 by %4.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequestsModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_model.py" line="455" />
            <source>Requested %1 doses = %n vial(s)</source>
            <translation>
                <numerusform>Requested %1 doses = %n vial</numerusform>
                <numerusform>Requested %1 doses = %n vials</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RiskTab</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/risk_tab.py" line="467" />
            <source>%n dose(s) at risk</source>
            <translation>
                <numerusform>%n dose at risk</numerusform>
                <numerusform>%n doses at risk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/risk_tab.py" line="469" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n location</numerusform>
                <numerusform>%n locations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/risk_tab.py" line="471" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/risk_tab.py" line="476" />
            <source>%n proposal(s)</source>
            <translation>
                <numerusform>%n proposal</numerusform>
                <numerusform>%n proposals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/risk_tab.py" line="478" />
            <source>%n dose(s) saved in the region</source>
            <translation>
                <numerusform>%n dose saved in the region</numerusform>
                <numerusform>%n doses saved in the region</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundListModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_model.py" line="195" />
            <source>%1 doses to %n site(s)</source>
            <translation>
                <numerusform>%1 doses to %n site</numerusform>
                <numerusform>%1 doses to %n sites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendToRegionDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/risk_tab.py" line="645" />
            <source>At most the %n dose(s) proposed.</source>
            <translation>
                <numerusform>At most the %n dose proposed.</numerusform>
                <numerusform>At most the %n doses proposed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetupGuide</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/setup_guide.py" line="299" />
            <source>Load %n centre(s)</source>
            <translation>
                <numerusform>Load %n centre</numerusform>
                <numerusform>Load %n centres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/setup_guide.py" line="311" />
            <source>%n site(s) in %1.</source>
            <translation>
                <numerusform>%n site in %1.</numerusform>
                <numerusform>%n sites in %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/setup_guide.py" line="316" />
            <source>The catalogue names %n central vaccination centre(s) not added yet: %1.</source>
            <translation>
                <numerusform>The catalogue names %n central vaccination centre not added yet: %1.</numerusform>
                <numerusform>The catalogue names %n central vaccination centres not added yet: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SiteListsModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_model.py" line="306" />
            <source>%n visit(s) planned</source>
            <translation>
                <numerusform>%n visit planned</numerusform>
                <numerusform>%n visits planned</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock_page.py" line="452" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThawDialog</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/held_stock.py" line="396" />
            <source>keeps %n day(s) at 2–8 °C</source>
            <translation>
                <numerusform>keeps %n day at 2–8 °C</numerusform>
                <numerusform>keeps %n days at 2–8 °C</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UseByTexts</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock_model.py" line="65" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WastageTab</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/wastage_tab.py" line="350" />
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>Exported %n row to %1</numerusform>
                <numerusform>Exported %n rows to %1</numerusform>
            </translation>
        </message>
    </context>
</TS>
