<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="273" />
            <source>%n lot(s)</source>
            <translation>
                <numerusform>%n lot</numerusform>
                <numerusform>%n lots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/main_window.py" line="274" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n location</numerusform>
                <numerusform>%n locations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StockModel</name>
        <message numerus="yes">
            <location filename="../../pharmacy_app/ui/stock_model.py" line="397" />
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
            <location filename="../../pharmacy_app/ui/stock_page.py" line="319" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
</TS>
