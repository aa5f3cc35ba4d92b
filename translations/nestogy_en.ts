<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Receives RMM alerts and turns them into tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database and keys in &lt;DIR&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive webhooks on &lt;HOST:PORT&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database at &lt;URL&gt; (postgresql://user@host:port/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;LANG&gt; (for example de) instead of the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::AlertsPane</name>
    <message>
        <source>Alerts that your RMM tools send will be listed here, with their device, client and severity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::DashboardPane</name>
    <message>
        <source>Open alerts, tickets close to their SLA and the health of the webhook listener will be summarized here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::DevicesPane</name>
    <message>
        <source>Devices reported by your RMM tools will be listed here, with the assets and clients they belong to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::IntegrationsPane</name>
    <message>
        <source>Your RMM integrations (NinjaOne, Datto RMM, ConnectWise Automate or a generic webhook) will be listed and configured here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::JobsPane</name>
    <message>
        <source>Background jobs such as alert processing, inventory sync and status updates will be listed here, with failed deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::MainWindow</name>
    <message>
        <source>Nestogy desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Nestogy desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks are received without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued</source>
        <translation>
            <numerusform>%n job queued</numerusform>
            <numerusform>%n jobs queued</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>queued jobs, dead letters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n dead letter</numerusform>
            <numerusform>%n dead letters</numerusform>
        </translation>
    </message>
    <message>
        <source>About Nestogy desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nestogy desk %1&lt;/h3&gt;&lt;p&gt;Receives alerts from your RMM tools, turns them into tickets and keeps their status in sync.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsPane</name>
    <message>
        <source>The listener address, the database, technicians and SLA policies will be configured here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::TicketsPane</name>
    <message>
        <source>Tickets created from alerts will be listed here, with their priority, technician and SLA.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
