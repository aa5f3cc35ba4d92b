<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Receives RMM alerts and turns them into tickets.</source>
        <translation>Empfängt RMM-Warnmeldungen und macht daraus Tickets.</translation>
    </message>
    <message>
        <source>Keep the database and keys in &lt;DIR&gt;.</source>
        <translation>Datenbank und Schlüssel in &lt;VERZ&gt; ablegen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Receive webhooks on &lt;HOST:PORT&gt;.</source>
        <translation>Webhooks auf &lt;HOST:PORT&gt; empfangen.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Use the database at &lt;URL&gt; (postgresql://user@host:port/db).</source>
        <translation>Die Datenbank unter &lt;URL&gt; verwenden (postgresql://benutzer@host:port/db).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use &lt;LANG&gt; (for example de) instead of the system language.</source>
        <translation>&lt;SPRACHE&gt; (zum Beispiel de) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
</context>
<context>
    <name>nestogy::AlertsPane</name>
    <message>
        <source>Alerts that your RMM tools send will be listed here, with their device, client and severity.</source>
        <translation>Hier werden die Warnmeldungen Ihrer RMM-Werkzeuge aufgelistet, mit Gerät, Kunde und Schweregrad.</translation>
    </message>
</context>
<context>
    <name>nestogy::DashboardPane</name>
    <message>
        <source>Open alerts, tickets close to their SLA and the health of the webhook listener will be summarized here.</source>
        <translation>Hier erscheint eine Übersicht über offene Warnmeldungen, Tickets kurz vor Ablauf ihrer SLA und den Zustand des Webhook-Empfängers.</translation>
    </message>
</context>
<context>
    <name>nestogy::DevicesPane</name>
    <message>
        <source>Devices reported by your RMM tools will be listed here, with the assets and clients they belong to.</source>
        <translation>Hier werden die von Ihren RMM-Werkzeugen gemeldeten Geräte aufgelistet, mit den Assets und Kunden, zu denen sie gehören.</translation>
    </message>
</context>
<context>
    <name>nestogy::IntegrationsPane</name>
    <message>
        <source>Your RMM integrations (NinjaOne, Datto RMM, ConnectWise Automate or a generic webhook) will be listed and configured here.</source>
        <translation>Hier werden Ihre RMM-Integrationen (NinjaOne, Datto RMM, ConnectWise Automate oder ein generischer Webhook) aufgelistet und eingerichtet.</translation>
    </message>
</context>
<context>
    <name>nestogy::JobsPane</name>
    <message>
        <source>Background jobs such as alert processing, inventory sync and status updates will be listed here, with failed deliveries.</source>
        <translation>Hier werden Hintergrundaufträge wie die Verarbeitung von Warnmeldungen, der Inventarabgleich und Statusaktualisierungen aufgelistet, dazu fehlgeschlagene Zustellungen.</translation>
    </message>
</context>
<context>
    <name>nestogy::MainWindow</name>
    <message>
        <source>Nestogy desk</source>
        <translation>Nestogy desk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Bereichsinhalt</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnmeldungen</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Nestogy desk</source>
        <translation>Ü&amp;ber Nestogy desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Webhook listener</source>
        <translation>Webhook-Empfang</translation>
    </message>
    <message>
        <source>Job queue</source>
        <translation>Auftragswarteschlange</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Empfang auf %1</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Kein Empfang</translation>
    </message>
    <message>
        <source>Not listening on %1</source>
        <translation>Kein Empfang auf %1</translation>
    </message>
    <message>
        <source>Webhooks are received without TLS.</source>
        <translation>Webhooks werden ohne TLS empfangen.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued</source>
        <translation>
            <numerusform>%n Auftrag in der Warteschlange</numerusform>
            <numerusform>%n Aufträge in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>queued jobs, dead letters</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n endgültig fehlgeschlagen</numerusform>
            <numerusform>%n endgültig fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>About Nestogy desk</source>
        <translation>Über Nestogy desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nestogy desk %1&lt;/h3&gt;&lt;p&gt;Receives alerts from your RMM tools, turns them into tickets and keeps their status in sync.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nestogy desk %1&lt;/h3&gt;&lt;p&gt;Empfängt Warnmeldungen Ihrer RMM-Werkzeuge, macht daraus Tickets und hält deren Status abgeglichen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsPane</name>
    <message>
        <source>The listener address, the database, technicians and SLA policies will be configured here.</source>
        <translation>Hier werden die Empfangsadresse, die Datenbank, Techniker und SLA-Richtlinien eingerichtet.</translation>
    </message>
</context>
<context>
    <name>nestogy::TicketsPane</name>
    <message>
        <source>Tickets created from alerts will be listed here, with their priority, technician and SLA.</source>
        <translation>Hier werden die aus Warnmeldungen erstellten Tickets aufgelistet, mit Priorität, Techniker und SLA.</translation>
    </message>
</context>
</TS>
