<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditReports</name>
    <message numerus="yes">
        <location filename="../ui/report/calibrationreport.cpp" line="+302"/>
        <source>%n other item(s) were answered alike by everyone who answered them.</source>
        <translation>
            <numerusform>%n other item was answered alike by everyone who answered them.</numerusform>
            <numerusform>%n other items were answered alike by everyone who answered them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message numerus="yes">
        <location filename="../core/calibration.cpp" line="+314"/>
        <source>%n required item(s) not answered.</source>
        <translation>
            <numerusform>%n required item not answered.</numerusform>
            <numerusform>%n required items not answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationTrail</name>
    <message numerus="yes">
        <location filename="../ui/calibrationtrail.cpp" line="+40"/>
        <source>%n consensus answer(s) proposed</source>
        <translation>
            <numerusform>%n consensus answer proposed</numerusform>
            <numerusform>%n consensus answers proposed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message numerus="yes">
        <location filename="../core/integrity.cpp" line="+133"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pdca</name>
    <message numerus="yes">
        <location filename="../core/pdca.cpp" line="+221"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message numerus="yes">
        <location filename="../ui/report/reportcli.cpp" line="+256"/>
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::CalibrationPage</name>
    <message numerus="yes">
        <location filename="../ui/calibrationpage.cpp" line="+596"/>
        <source>Report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Report written to %1 (%n page)</numerusform>
            <numerusform>Report written to %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::ConditionEditor</name>
    <message numerus="yes">
        <location filename="../ui/conditioneditor.cpp" line="+157"/>
        <source>Agent interrupts the customer at least %n time(s)</source>
        <translation>
            <numerusform>Agent interrupts the customer at least %n time</numerusform>
            <numerusform>Agent interrupts the customer at least %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n earlier contact(s) of the same customer</source>
        <translation>
            <numerusform>%n earlier contact of the same customer</numerusform>
            <numerusform>%n earlier contacts of the same customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::DashboardsPage</name>
    <message numerus="yes">
        <location filename="../ui/dashboarddrilldown.cpp" line="+158"/>
        <source>%1, %2 to %3: %Ln respondent(s), the largest shortfall first</source>
        <translation>
            <numerusform>%1, %2 to %3: %Ln respondent, the largest shortfall first</numerusform>
            <numerusform>%1, %2 to %3: %Ln respondents, the largest shortfall first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1. %2 (%3): %Ln answer(s), the largest shortfall first</source>
        <translation>
            <numerusform>%1. %2 (%3): %Ln answer, the largest shortfall first</numerusform>
            <numerusform>%1. %2 (%3): %Ln answers, the largest shortfall first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::EvaluationEditor</name>
    <message numerus="yes">
        <location filename="../ui/evaluationeditor.cpp" line="+632"/>
        <source>%n optional item(s) not answered, left out of the score</source>
        <translation>
            <numerusform>%n optional item not answered, left out of the score</numerusform>
            <numerusform>%n optional items not answered, left out of the score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationeditorsaving.cpp" line="+162"/>
        <source>%n required item(s) not answered: %1</source>
        <translation>
            <numerusform>%n required item not answered: %1</numerusform>
            <numerusform>%n required items not answered: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::EvaluationsPage</name>
    <message numerus="yes">
        <location filename="../ui/evaluationspage.cpp" line="+401"/>
        <source>%Ln evaluation(s)</source>
        <translation>
            <numerusform>%Ln evaluation</numerusform>
            <numerusform>%Ln evaluations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::InteractionListModel</name>
    <message numerus="yes">
        <location filename="../ui/interactionlistmodel.cpp" line="+70"/>
        <source>Evaluated %n time(s)</source>
        <translation>
            <numerusform>Evaluated %n time</numerusform>
            <numerusform>Evaluated %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::InteractionsPage</name>
    <message numerus="yes">
        <location filename="../ui/interactionspage.cpp" line="+432"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>evaluated %n time(s)</source>
        <translation>
            <numerusform>evaluated %n time</numerusform>
            <numerusform>evaluated %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+129"/>
        <source>%n draft(s) kept on this computer while the server was away saved to it.</source>
        <translation>
            <numerusform>%n draft kept on this computer while the server was away is saved to it.</numerusform>
            <numerusform>%n drafts kept on this computer while the server was away are saved to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::ResultsPage</name>
    <message numerus="yes">
        <location filename="../ui/resultspage.cpp" line="+655"/>
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>%n report written to %1.</numerusform>
            <numerusform>%n reports written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::ScorecardsPage</name>
    <message numerus="yes">
        <location filename="../ui/scorecardspage.cpp" line="+219"/>
        <source>%1, version %2 · %3 · pass mark %4 · %n scoring item(s)</source>
        <translation>
            <numerusform>%1, version %2 · %3 · pass mark %4 · %n scoring item</numerusform>
            <numerusform>%1, version %2 · %3 · pass mark %4 · %n scoring items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::StandardsPage</name>
    <message numerus="yes">
        <location filename="../ui/standardspage.cpp" line="+324"/>
        <source>%Ln customer respondent(s) in the period. Gap 2 compares each standard with what customers expect; gap 3 with what submitted evaluations and validated visits observed (an answer meets it when it earns at least half its points); gap 4 each promise with what was measured. Negative: falls short.</source>
        <translation>
            <numerusform>%Ln customer respondent in the period. Gap 2 compares each standard with what customers expect; gap 3 with what submitted evaluations and validated visits observed (an answer meets it when it earns at least half its points); gap 4 each promise with what was measured. Negative: falls short.</numerusform>
            <numerusform>%Ln customer respondents in the period. Gap 2 compares each standard with what customers expect; gap 3 with what submitted evaluations and validated visits observed (an answer meets it when it earns at least half its points); gap 4 each promise with what was measured. Negative: falls short.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::WorkQueuePage</name>
    <message numerus="yes">
        <location filename="../ui/workqueuepage.cpp" line="+284"/>
        <source>%n assignment(s) to do</source>
        <translation>
            <numerusform>%n assignment to do</numerusform>
            <numerusform>%n assignments to do</numerusform>
        </translation>
    </message>
</context>
</TS>
