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
            <location filename="../../pharmacy_app/ui/expiry_page.py" line="189" />
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
            <location filename="../../pharmacy_app/ui/consumption_page.py" line="144" />
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
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="198" />
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="228" />
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="261" />
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="289" />
            <source>%n dose(s)</source>
            <translation>
                <numerusform>%n dose</numerusform>
                <numerusform>%n doses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="200" />
            <source>(%n row(s))</source>
            <translation>
                <numerusform>(%n row)</numerusform>
                <numerusform>(%n rows)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="275" />
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
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="1968" />
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2139" />
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2301" />
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2332" />
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n site</numerusform>
                <numerusform>%n sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2043" />
            <source>%n vial(s)</source>
            <translation>
                <numerusform>%n vial</numerusform>
                <numerusform>%n vials</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2012" />
            <source>%n more site(s)</source>
            <translation>
                <numerusform>%n more site</numerusform>
                <numerusform>%n more sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="1972" />
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2300" />
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="2016" />
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
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="49" />
            <source>≤ %n day(s)</source>
            <translation>
                <numerusform>≤ %n day</numerusform>
                <numerusform>≤ %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="52" />
            <source>%1 doses have expired (%n lot(s))</source>
            <translation>
                <numerusform>%1 doses have expired (%n lot)</numerusform>
                <numerusform>%1 doses have expired (%n lots)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="56" />
            <source>%1 doses expire within %2 days (%n lot(s))</source>
            <translation>
                <numerusform>%1 doses expire within %2 days (%n lot)</numerusform>
                <numerusform>%1 doses expire within %2 days (%n lots)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="62" />
            <source>%1 doses will not be used in time at their site's rate (%n lot(s))</source>
            <translation>
                <numerusform>%1 doses will not be used in time at their site's rate (%n lot)</numerusform>
                <numerusform>%1 doses will not be used in time at their site's rate (%n lots)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="67" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/expiry_model.py" line="71" />
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
            <location filename="../../pharmacy_app/ui/export_dialog.py" line="227" />
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
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="554" />
            <source>%n problem(s) stop the import</source>
            <translation>
                <numerusform>%n problem stops the import</numerusform>
                <numerusform>%n problems stop the import</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="566" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="600" />
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
            <location filename="../../pharmacy_app/ui/main_window.py" line="274" />
            <source>%n lot(s)</source>
            <translation>
                <numerusform>%n lot</numerusform>
                <numerusform>%n lots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="275" />
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
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="410" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="412" />
            <source>Target cover: stock for %n day(s) of use at each site of this kind</source>
            <translation>
                <numerusform>Target cover: stock for %n day of use at each site of this kind</numerusform>
                <numerusform>Target cover: stock for %n days of use at each site of this kind</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/distribution_page.py" line="497" />
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
            <location filename="../../pharmacy_app/ui/expiry_page.py" line="504" />
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
            <location filename="../../pharmacy_app/ui/pdf_preview.py" line="242" />
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
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="318" />
            <source>(+%n more)</source>
            <translation>
                <numerusform>(+%n more)</numerusform>
                <numerusform>(+%n more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="325" />
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
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="494" />
            <source>%n pack(s)</source>
            <translation>
                <numerusform>%n pack</numerusform>
                <numerusform>%n packs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="495" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="502" />
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
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1113" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1206" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1561" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1207" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1371" />
            <source>%n pack(s)</source>
            <translation>
                <numerusform>%n pack</numerusform>
                <numerusform>%n packs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1212" />
            <source>%n on hold</source>
            <translation>
                <numerusform>%n on hold</numerusform>
                <numerusform>%n on hold</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1216" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n with problems</numerusform>
                <numerusform>%n with problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1218" />
            <source>%n short-dated</source>
            <translation>
                <numerusform>%n short-dated</numerusform>
                <numerusform>%n short-dated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1581" />
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
            <location filename="../../pharmacy_app/ui/discard_tab.py" line="615" />
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
            <location filename="../../pharmacy_app/ui/reports_page.py" line="665" />
            <source>%n row(s) do not reconcile (Afstemt is not OK): marked red.</source>
            <translation>
                <numerusform>%n row does not reconcile (Afstemt is not OK): marked red.</numerusform>
                <numerusform>%n rows do not reconcile (Afstemt is not OK): marked red.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports_page.py" line="670" />
            <source>All %n row(s) reconcile (Afstemt OK).</source>
            <translation>
                <numerusform>The %n row reconciles (Afstemt OK).</numerusform>
                <numerusform>All %n rows reconcile (Afstemt OK).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports_page.py" line="712" />
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
            <location filename="../../pharmacy_app/ui/distribution_model.py" line="456" />
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
            <location filename="../../pharmacy_app/ui/distribution_model.py" line="197" />
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
            <location filename="../../pharmacy_app/ui/setup_guide.py" line="290" />
            <source>Load %n centre(s)</source>
            <translation>
                <numerusform>Load %n centre</numerusform>
                <numerusform>Load %n centres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/setup_guide.py" line="302" />
            <source>%n site(s) in %1.</source>
            <translation>
                <numerusform>%n site in %1.</numerusform>
                <numerusform>%n sites in %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/setup_guide.py" line="307" />
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
            <location filename="../../pharmacy_app/ui/distribution_model.py" line="311" />
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
            <location filename="../../pharmacy_app/ui/stock_page.py" line="439" />
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
            <location filename="../../pharmacy_app/ui/held_stock.py" line="411" />
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
            <location filename="../../pharmacy_app/ui/stock_model.py" line="64" />
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
