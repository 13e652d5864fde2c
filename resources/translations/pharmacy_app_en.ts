<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="572" />
            <source>%n problem(s) stop the import</source>
            <translation>
                <numerusform>%n problem stops the import</numerusform>
                <numerusform>%n problems stop the import</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="584" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="618" />
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
            <location filename="../../pharmacy_app/ui/main_window.py" line="267" />
            <source>%n lot(s)</source>
            <translation>
                <numerusform>%n lot</numerusform>
                <numerusform>%n lots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="268" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n location</numerusform>
                <numerusform>%n locations</numerusform>
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
        <name>ReceiptLinesModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="338" />
            <source>(+%n more)</source>
            <translation>
                <numerusform>(+%n more)</numerusform>
                <numerusform>(+%n more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="345" />
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
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="532" />
            <source>%n pack(s)</source>
            <translation>
                <numerusform>%n pack</numerusform>
                <numerusform>%n packs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="533" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_model.py" line="540" />
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
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1142" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1235" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1590" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1236" />
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1400" />
            <source>%n pack(s)</source>
            <translation>
                <numerusform>%n pack</numerusform>
                <numerusform>%n packs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1241" />
            <source>%n on hold</source>
            <translation>
                <numerusform>%n on hold</numerusform>
                <numerusform>%n on hold</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1245" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n with problems</numerusform>
                <numerusform>%n with problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1247" />
            <source>%n short-dated</source>
            <translation>
                <numerusform>%n short-dated</numerusform>
                <numerusform>%n short-dated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/receiving_page.py" line="1610" />
            <source>%n lot(s) on this receipt expire sooner than required. Receive anyway?</source>
            <translation>
                <numerusform>%n lot on this receipt expires sooner than required. Receive anyway?</numerusform>
                <numerusform>%n lots on this receipt expire sooner than required. Receive anyway?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports_page.py" line="668" />
            <source>%n row(s) do not reconcile (Afstemt is not OK): marked red.</source>
            <translation>
                <numerusform>%n row does not reconcile (Afstemt is not OK): marked red.</numerusform>
                <numerusform>%n rows do not reconcile (Afstemt is not OK): marked red.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports_page.py" line="673" />
            <source>All %n row(s) reconcile (Afstemt OK).</source>
            <translation>
                <numerusform>The %n row reconciles (Afstemt OK).</numerusform>
                <numerusform>All %n rows reconcile (Afstemt OK).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/reports_page.py" line="715" />
            <source>%1: %n difference(s) from version %2 sent on %3 by %4.</source>
            <translation>
                <numerusform>%1: %n difference from version %2 sent on %3 by %4.</numerusform>
                <numerusform>%1: %n differences from version %2 sent on %3 by %4.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StockModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock_model.py" line="405" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock_page.py" line="455" />
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
</TS>
