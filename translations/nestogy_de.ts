<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>DisplayText</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
</context>
<context>
    <name>ProviderLabels</name>
    <message>
        <source>NinjaOne</source>
        <translation>NinjaOne</translation>
    </message>
    <message>
        <source>Datto RMM</source>
        <translation>Datto RMM</translation>
    </message>
    <message>
        <source>ConnectWise Automate</source>
        <translation>ConnectWise Automate</translation>
    </message>
    <message>
        <source>Generic webhook</source>
        <translation>Generischer Webhook</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>under 1 min</source>
        <translation>unter 1 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>time left to an SLA target</comment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <comment>an SLA target that has passed</comment>
        <translation>seit %1 überschritten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>SeverityLabels</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>TrayMessageDigest</name>
    <message>
        <source>Urgent alert</source>
        <translation>Dringende Warnmeldung</translation>
    </message>
    <message>
        <source>Urgent alert: %1</source>
        <translation>Dringende Warnmeldung: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>SLA breached: ticket #%1</source>
        <translation>SLA verletzt: Ticket #%1</translation>
    </message>
    <message>
        <source>%1
The resolution time is over.</source>
        <translation>%1
Die Lösungszeit ist abgelaufen.</translation>
    </message>
    <message>
        <source>%1
The response time is over.</source>
        <translation>%1
Die Reaktionszeit ist abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new urgent alert(s)</source>
        <translation>
            <numerusform>%n neue dringende Warnmeldung</numerusform>
            <numerusform>%n neue dringende Warnmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) breached an SLA target</source>
        <translation>
            <numerusform>%n Ticket hat ein SLA-Ziel verfehlt</numerusform>
            <numerusform>%n Tickets haben ein SLA-Ziel verfehlt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nestogy desk</source>
        <translation>Nestogy desk</translation>
    </message>
</context>
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
    <message>
        <source>Nestogy desk</source>
        <translation>Nestogy desk</translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation>--listen: %1</translation>
    </message>
    <message>
        <source>The alert receiver could not start:
%1</source>
        <translation>Der Warnmeldungsempfang konnte nicht starten:
%1</translation>
    </message>
    <message>
        <source>A stored setting was not used: %1</source>
        <translation>Eine gespeicherte Einstellung wurde nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Receive webhooks over HTTPS with the certificate in &lt;FILE&gt;.</source>
        <translation>Webhooks über HTTPS mit dem Zertifikat in &lt;DATEI&gt; empfangen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The private key of --tls-cert.</source>
        <translation>Der private Schlüssel zu --tls-cert.</translation>
    </message>
</context>
<context>
    <name>nestogy::AlertActionRunner</name>
    <message>
        <source>the alert receiver is not running</source>
        <translation>der Warnmeldungsempfang läuft nicht</translation>
    </message>
    <message>
        <source>no alert is selected</source>
        <translation>keine Warnmeldung ausgewählt</translation>
    </message>
    <message>
        <source>select at most %1 alerts at a time</source>
        <translation>höchstens %1 Warnmeldungen auf einmal auswählen</translation>
    </message>
    <message>
        <source>Could not acknowledge the alert: %1</source>
        <translation>Die Warnmeldung konnte nicht bestätigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Could not acknowledge %n alert(s): %1</source>
        <translation>
            <numerusform>%n Warnmeldung konnte nicht bestätigt werden: %1</numerusform>
            <numerusform>%n Warnmeldungen konnten nicht bestätigt werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not resolve the alert: %1</source>
        <translation>Die Warnmeldung konnte nicht erledigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Could not resolve %n alert(s): %1</source>
        <translation>
            <numerusform>%n Warnmeldung konnte nicht erledigt werden: %1</numerusform>
            <numerusform>%n Warnmeldungen konnten nicht erledigt werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a ticket for the alert: %1</source>
        <translation>Für die Warnmeldung konnte kein Ticket erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Could not create tickets for %n alert(s): %1</source>
        <translation>
            <numerusform>Für %n Warnmeldung konnten keine Tickets erstellt werden: %1</numerusform>
            <numerusform>Für %n Warnmeldungen konnten keine Tickets erstellt werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not snooze the alert&apos;s device: %1</source>
        <translation>Das Gerät der Warnmeldung konnte nicht zurückgestellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Could not snooze the devices of %n alert(s): %1</source>
        <translation>
            <numerusform>Die Geräte von %n Warnmeldung konnten nicht zurückgestellt werden: %1</numerusform>
            <numerusform>Die Geräte von %n Warnmeldungen konnten nicht zurückgestellt werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Warnmeldung bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) acknowledged.</source>
        <translation>
            <numerusform>%n Warnmeldung bestätigt.</numerusform>
            <numerusform>%n Warnmeldungen bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert resolved.</source>
        <translation>Warnmeldung erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) resolved.</source>
        <translation>
            <numerusform>%n Warnmeldung erledigt.</numerusform>
            <numerusform>%n Warnmeldungen erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket created.</source>
        <translation>Ticket erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>Tickets created for %n alert(s).</source>
        <translation>
            <numerusform>Tickets für %n Warnmeldung erstellt.</numerusform>
            <numerusform>Tickets für %n Warnmeldungen erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device snoozed for %n minute(s): its new alerts are held until then.</source>
        <translation>
            <numerusform>Gerät für %n Minute zurückgestellt: Seine neuen Warnmeldungen werden bis dahin zurückgehalten.</numerusform>
            <numerusform>Gerät für %n Minuten zurückgestellt: Seine neuen Warnmeldungen werden bis dahin zurückgehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Devices of %1 alerts snoozed for %n minute(s): their new alerts are held until then.</source>
        <translation>
            <numerusform>Geräte von %1 Warnmeldungen für %n Minute zurückgestellt: Ihre neuen Warnmeldungen werden bis dahin zurückgehalten.</numerusform>
            <numerusform>Geräte von %1 Warnmeldungen für %n Minuten zurückgestellt: Ihre neuen Warnmeldungen werden bis dahin zurückgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>skip reason, how many alerts</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 of %3 skipped: %4.</source>
        <translation>%1 %2 von %3 übersprungen: %4.</translation>
    </message>
</context>
<context>
    <name>nestogy::AlertActionSet</name>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts: someone is on it</source>
        <translation>Ausgewählte Warnmeldungen bestätigen: Jemand kümmert sich darum</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Resolve the selected alerts; a ticket nobody has worked on is resolved with them</source>
        <translation>Ausgewählte Warnmeldungen erledigen; ein Ticket, an dem noch niemand gearbeitet hat, wird mit ihnen erledigt</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Ticket erstellen</translation>
    </message>
    <message>
        <source>Create a ticket for each selected alert that has none</source>
        <translation>Für jede ausgewählte Warnmeldung ohne Ticket ein Ticket erstellen</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
    <message>
        <source>Show the selected alert&apos;s ticket</source>
        <translation>Das Ticket der ausgewählten Warnmeldung anzeigen</translation>
    </message>
    <message>
        <source>Snooze device…</source>
        <translation>Gerät zurückstellen…</translation>
    </message>
    <message>
        <source>Put the selected alerts&apos; devices into maintenance for a while: their new alerts are held</source>
        <translation>Die Geräte der ausgewählten Warnmeldungen eine Zeit lang in Wartung versetzen: Ihre neuen Warnmeldungen werden zurückgehalten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the alerts again</source>
        <translation>Warnmeldungen neu einlesen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search the alerts</source>
        <translation>Warnmeldungen durchsuchen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action tool tip: what it does (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>nestogy::AlertDetailView</name>
    <message>
        <source>Alert details</source>
        <translation>Details der Warnmeldung</translation>
    </message>
    <message>
        <source>Select an alert to see its details and the payload it arrived with.</source>
        <translation>Wählen Sie eine Warnmeldung aus, um ihre Details und die mitgelieferten Nutzdaten zu sehen.</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Integration:</source>
        <translation>Integration:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Occurrences:</source>
        <translation>Vorkommen:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Zuerst gesehen:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Zuletzt gesehen:</translation>
    </message>
    <message>
        <source>Occurred at the source:</source>
        <translation>Aufgetreten an der Quelle:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>RMM alert id:</source>
        <translation>Warnmeldungs-ID im RMM:</translation>
    </message>
    <message>
        <source>Alert id:</source>
        <translation>Warnmeldungs-ID:</translation>
    </message>
    <message>
        <source>Raw &amp;payload:</source>
        <translation>&amp;Rohdaten:</translation>
    </message>
    <message>
        <source>%1, held by a maintenance window (no ticket while it lasts)</source>
        <translation>%1, durch ein Wartungsfenster zurückgehalten (solange es dauert, kein Ticket)</translation>
    </message>
    <message>
        <source>#%1 %2 (%3, %4)</source>
        <translation>#%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Open the ticket (Ctrl+O)</source>
        <translation>Ticket öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keins</translation>
    </message>
    <message>
        <source>%1 (RMM id %2)</source>
        <translation>%1 (RMM-ID %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, flapped %2 times</source>
        <translation>%1, %2-mal geflattert</translation>
    </message>
</context>
<context>
    <name>nestogy::AlertFilterBar</name>
    <message>
        <source>Search alerts</source>
        <translation>Warnmeldungen durchsuchen</translation>
    </message>
    <message>
        <source>Search device, message, type or client</source>
        <translation>Gerät, Meldung, Typ oder Kunde suchen</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Schweregradfilter</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Urgent and high</source>
        <translation>Dringend und hoch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Held by a maintenance window</source>
        <translation>Durch Wartungsfenster zurückgehalten</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Integration filter</source>
        <translation>Integrationsfilter</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Alle Integrationen</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Kundenfilter</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
</context>
<context>
    <name>nestogy::AlertTableModel</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Held by a maintenance window: no ticket is made while it lasts.</source>
        <translation>Durch ein Wartungsfenster zurückgehalten: Solange es dauert, wird kein Ticket erstellt.</translation>
    </message>
    <message>
        <source>%1 (suppressed)</source>
        <translation>%1 (unterdrückt)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
</context>
<context>
    <name>nestogy::AlertsPane</name>
    <message>
        <source>Alerts that your RMM tools send will be listed here, with their device, client and severity.</source>
        <translation>Hier werden die Warnmeldungen Ihrer RMM-Werkzeuge aufgelistet, mit Gerät, Kunde und Schweregrad.</translation>
    </message>
    <message>
        <source>Alert actions</source>
        <translation>Aktionen für Warnmeldungen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnmeldungen</translation>
    </message>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation>Die Warnmeldungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The integrations and clients to filter by could not be read: %1</source>
        <translation>Die Integrationen und Kunden für die Filter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This alert no longer exists.</source>
        <translation>Diese Warnmeldung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The alert could not be read: %1</source>
        <translation>Die Warnmeldung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This alert has no ticket yet; %1 creates one.</source>
        <translation>Diese Warnmeldung hat noch kein Ticket; mit %1 wird eines erstellt.</translation>
    </message>
    <message>
        <source>Snooze device</source>
        <translation>Gerät zurückstellen</translation>
    </message>
    <message>
        <source>For how many minutes? Meanwhile new alerts from the device are held, and an alert without a ticket gets one only when the time is up.</source>
        <translation>Für wie viele Minuten? Solange werden neue Warnmeldungen des Geräts zurückgehalten, und eine Warnmeldung ohne Ticket erhält erst nach Ablauf der Zeit eines.</translation>
    </message>
    <message>
        <source>That alert no longer exists.</source>
        <translation>Diese Warnmeldung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The alert is shown beside the list: the filters above hide it.</source>
        <translation>Die Warnmeldung wird neben der Liste angezeigt: Die Filter oben blenden sie aus.</translation>
    </message>
</context>
<context>
    <name>nestogy::AlertsPerHourChart</name>
    <message>
        <source>New alerts per hour</source>
        <translation>Neue Warnmeldungen pro Stunde</translation>
    </message>
    <message>
        <source>No new alerts in the last %1 hours</source>
        <translation>Keine neuen Warnmeldungen in den letzten %1 Stunden</translation>
    </message>
    <message>
        <source>%1 new alerts in the last %2 hours; most, %3, in the hour from %4</source>
        <translation>%1 neue Warnmeldungen in den letzten %2 Stunden; die meisten, %3, in der Stunde ab %4</translation>
    </message>
</context>
<context>
    <name>nestogy::CredentialsEditor</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Shown once the integration is saved</source>
        <translation>Wird angezeigt, sobald die Integration gespeichert ist</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>Webhook-URL kopieren</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>Webhook-&amp;URL:</translation>
    </message>
    <message>
        <source>Webhook authentication</source>
        <translation>Webhook-Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>API-Zugriff</translation>
    </message>
    <message>
        <source>URL token</source>
        <translation>URL-Token</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Gemeinsames Geheimnis</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>HMAC-Geheimnis</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Webhook API key</source>
        <translation>Webhook-API-Schlüssel</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-Geheimnis</translation>
    </message>
    <message>
        <source>API user name</source>
        <translation>API-Benutzername</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Client id (ClientId header)</source>
        <translation>Client-ID (ClientId-Header)</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Geheimnis</translation>
    </message>
    <message>
        <source>Bearer token (Authorization header)</source>
        <translation>Bearer-Token (Authorization-Header)</translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation>Eigener Header</translation>
    </message>
    <message>
        <source>HMAC signature (X-Datto-Signature)</source>
        <translation>HMAC-Signatur (X-Datto-Signature)</translation>
    </message>
    <message>
        <source>HMAC signature (X-Signature)</source>
        <translation>HMAC-Signatur (X-Signature)</translation>
    </message>
    <message>
        <source>API key (X-CW-API-Key header or api_key field)</source>
        <translation>API-Schlüssel (X-CW-API-Key-Header oder Feld api_key)</translation>
    </message>
    <message>
        <source>API key (X-API-Key header)</source>
        <translation>API-Schlüssel (X-API-Key-Header)</translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation>Benutzername und Passwort (Basic)</translation>
    </message>
    <message>
        <source>Token in the URL (?token=)</source>
        <translation>Token in der URL (?token=)</translation>
    </message>
    <message>
        <source>None: anyone who knows the URL</source>
        <translation>Keine: jeder, der die URL kennt</translation>
    </message>
    <message>
        <source>Give the sender the webhook URL followed by ?token= and the URL token.</source>
        <translation>Geben Sie dem Absender die Webhook-URL, gefolgt von ?token= und dem URL-Token.</translation>
    </message>
    <message>
        <source>Add this header to the webhook in the RMM.</source>
        <translation>Fügen Sie diesen Header dem Webhook im RMM hinzu.</translation>
    </message>
    <message>
        <source>Anyone who learns the URL can post alerts. Use only on a trusted network.</source>
        <translation>Wer die URL kennt, kann Warnmeldungen einliefern. Nur in einem vertrauenswürdigen Netzwerk verwenden.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Test the API connection</source>
        <translation>API-Verbindung testen</translation>
    </message>
    <message>
        <source>Sign in to the RMM API with the values shown here (saved or not) and read one page of devices</source>
        <translation>Mit den hier angezeigten Werten (gespeichert oder nicht) bei der RMM-API anmelden und eine Seite Geräte lesen</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
</context>
<context>
    <name>nestogy::DashboardPane</name>
    <message>
        <source>Open alerts, tickets close to their SLA and the health of the webhook listener will be summarized here.</source>
        <translation>Hier erscheint eine Übersicht über offene Warnmeldungen, Tickets kurz vor Ablauf ihrer SLA und den Zustand des Webhook-Empfängers.</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>New alerts per hour, last 24 hours</source>
        <translation>Neue Warnmeldungen pro Stunde, letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Noisiest devices, last 24 hours</source>
        <translation>Geräte mit den meisten Warnmeldungen, letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Tickets closest to their SLA</source>
        <translation>Tickets mit den knappsten SLA-Fristen</translation>
    </message>
    <message>
        <source>Integration health</source>
        <translation>Zustand der Integrationen</translation>
    </message>
    <message>
        <source>The dashboard could not be read from the database: %1</source>
        <translation>Die Übersicht konnte nicht aus der Datenbank gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 open tickets with a running SLA target, %2 breached</source>
        <translation>%1 offene Tickets mit laufendem SLA-Ziel, davon %2 überschritten</translation>
    </message>
</context>
<context>
    <name>nestogy::DeviceMappingTableModel</name>
    <message>
        <source>Serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>The RMM has not reported this device recently</source>
        <translation>Das RMM hat dieses Gerät in letzter Zeit nicht gemeldet</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>RMM id</source>
        <translation>RMM-ID</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>nestogy::DevicesPane</name>
    <message>
        <source>Devices reported by your RMM tools will be listed here, with the assets and clients they belong to.</source>
        <translation type="vanished">Hier werden die von Ihren RMM-Werkzeugen gemeldeten Geräte aufgelistet, mit den Assets und Kunden, zu denen sie gehören.</translation>
    </message>
    <message>
        <source>Devices reported by your RMM tools will be listed here, with the clients and assets they belong to. They are recorded by an inventory sync or from the devices named in incoming alerts.</source>
        <translation>Hier werden die von Ihren RMM-Werkzeugen gemeldeten Geräte aufgelistet, mit den Kunden und Assets, zu denen sie gehören. Sie werden durch einen Inventarabgleich oder aus den in eingehenden Warnmeldungen genannten Geräten erfasst.</translation>
    </message>
    <message>
        <source>Show devices of integration</source>
        <translation>Geräte der Integration anzeigen</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Integration:</translation>
    </message>
    <message>
        <source>&amp;Stale only</source>
        <translation>Nur &amp;veraltete</translation>
    </message>
    <message>
        <source>Only devices the RMM has not reported recently</source>
        <translation>Nur Geräte, die das RMM in letzter Zeit nicht gemeldet hat</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Geräte durchsuchen</translation>
    </message>
    <message>
        <source>Name, hostname, serial or RMM id</source>
        <translation>Name, Hostname, Seriennummer oder RMM-ID</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>&amp;Remap…</source>
        <translation>&amp;Neu zuordnen…</translation>
    </message>
    <message>
        <source>Map the selected device to another client or asset (Ctrl+M)</source>
        <translation>Das ausgewählte Gerät einem anderen Kunden oder Asset zuordnen (Strg+M)</translation>
    </message>
    <message>
        <source>Remap device</source>
        <translation>Gerät neu zuordnen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>The devices could not be read: %1</source>
        <translation>Die Geräte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Alle Integrationen</translation>
    </message>
    <message>
        <source>The integrations could not be read: %1</source>
        <translation>Die Integrationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 was remapped.</source>
        <translation>%1 wurde neu zugeordnet.</translation>
    </message>
    <message>
        <source>%1 could not be remapped: %2</source>
        <translation>%1 konnte nicht neu zugeordnet werden: %2</translation>
    </message>
</context>
<context>
    <name>nestogy::FieldErrorLabel</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>nestogy::FieldMappingEditor</name>
    <message>
        <source>Alert &amp;id:</source>
        <translation>Warnmeldungs-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Device id:</source>
        <translation>&amp;Geräte-ID:</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>Geräte&amp;name:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Kunden-ID:</translation>
    </message>
    <message>
        <source>Client name:</source>
        <translation>Kundenname:</translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation>Mel&amp;dung:</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>Sc&amp;hweregrad:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Alert type:</source>
        <translation>Warnmeldungstyp:</translation>
    </message>
    <message>
        <source>Event id:</source>
        <translation>Ereignis-ID:</translation>
    </message>
    <message>
        <source>Alert id:</source>
        <translation>Warnmeldungs-ID:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>%1 (sent as &quot;%2&quot;)</source>
        <translation>%1 (gesendet als „%2“)</translation>
    </message>
    <message>
        <source>Where each field is in the payload</source>
        <translation>Wo jedes Feld in den Nutzdaten steht</translation>
    </message>
    <message>
        <source>Path of %1</source>
        <translation>Pfad von %1</translation>
    </message>
    <message>
        <source>Status values that mean resolved</source>
        <translation>Statuswerte, die „erledigt“ bedeuten</translation>
    </message>
    <message>
        <source>resolved, ok</source>
        <translation>resolved, ok</translation>
    </message>
    <message>
        <source>Comma-separated status values that close the alert.</source>
        <translation>Kommagetrennte Statuswerte, die die Warnmeldung schließen.</translation>
    </message>
    <message>
        <source>Resolved &amp;when status is:</source>
        <translation>&amp;Erledigt, wenn Status:</translation>
    </message>
    <message>
        <source>Preview with a sample payload</source>
        <translation>Vorschau mit Beispiel-Nutzdaten</translation>
    </message>
    <message>
        <source>Content type of the sample</source>
        <translation>Inhaltstyp des Beispiels</translation>
    </message>
    <message>
        <source>Detect from the body</source>
        <translation>Aus dem Inhalt erkennen</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Form-encoded</source>
        <translation>Formularkodiert</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>Inhaltstyp:</translation>
    </message>
    <message>
        <source>Sample payload</source>
        <translation>Beispiel-Nutzdaten</translation>
    </message>
    <message>
        <source>Paste a payload your RMM sends</source>
        <translation>Nutzdaten einfügen, die Ihr RMM sendet</translation>
    </message>
    <message>
        <source>Sample &amp;payload:</source>
        <translation>&amp;Beispiel-Nutzdaten:</translation>
    </message>
    <message>
        <source>Preview error: %1</source>
        <translation>Fehler in der Vorschau: %1</translation>
    </message>
    <message>
        <source>Paste a sample payload to see what it becomes.</source>
        <translation>Fügen Sie Beispiel-Nutzdaten ein, um zu sehen, was daraus wird.</translation>
    </message>
    <message>
        <source>Accepted but ignored: %1</source>
        <translation>Angenommen, aber ignoriert: %1</translation>
    </message>
    <message>
        <source>The mapping cannot work: %1</source>
        <translation>Die Zuordnung kann nicht funktionieren: %1</translation>
    </message>
    <message>
        <source>The sample cannot be read: %1</source>
        <translation>Das Beispiel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Refused at %1: %2</source>
        <translation>Abgelehnt bei %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>(not in the payload: the time it arrives)</source>
        <translation>(nicht in den Nutzdaten: Zeitpunkt des Eingangs)</translation>
    </message>
</context>
<context>
    <name>nestogy::IntegrationDialog</name>
    <message>
        <source>Edit integration %1</source>
        <translation>Integration %1 bearbeiten</translation>
    </message>
    <message>
        <source>New integration</source>
        <translation>Neue Integration</translation>
    </message>
    <message>
        <source>Integration settings</source>
        <translation>Einstellungen der Integration</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Mapping</source>
        <translation>Zu&amp;ordnung</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Weiterleitung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Anbie&amp;ter:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Alerts go to this client unless the RMM names one that is known.</source>
        <translation>Warnmeldungen gehen an diesen Kunden, sofern das RMM keinen bekannten Kunden nennt.</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API-Endpunkt</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>API-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Acti&amp;ve: accept webhooks from this integration</source>
        <translation>Akti&amp;v: Webhooks dieser Integration annehmen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Generic: %1</source>
        <translation>Generisch: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>The client list could not be read: %1</source>
        <translation>Die Kundenliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Something on this page needs fixing</source>
        <translation>Auf dieser Seite muss etwas korrigiert werden</translation>
    </message>
    <message>
        <source>Secrets cannot be stored: %1</source>
        <translation>Geheimnisse können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Problems to fix before saving: %1</source>
        <translation>Vor dem Speichern zu beheben: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Secrets cannot be stored: %1
To fix this: %2</source>
        <translation>Geheimnisse können nicht gespeichert werden: %1
Abhilfe: %2</translation>
    </message>
    <message>
        <source>This integration was deleted meanwhile.</source>
        <translation>Diese Integration wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The secret could not be rotated: %1</source>
        <translation>Das Geheimnis konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>A new value is stored and shown once: copy it into the sender now. The previous value keeps working for 24 hours.</source>
        <translation>Ein neuer Wert wurde gespeichert und wird nur einmal angezeigt: Kopieren Sie ihn jetzt in den Absender. Der bisherige Wert funktioniert noch 24 Stunden lang.</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the account has %n device(s).</source>
        <translation>
            <numerusform>Verbunden: Das Konto hat %n Gerät.</numerusform>
            <numerusform>Verbunden: Das Konto hat %n Geräte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n device(s) on the first page.</source>
        <translation>
            <numerusform>Verbunden: %n Gerät auf der ersten Seite.</numerusform>
            <numerusform>Verbunden: %n Geräte auf der ersten Seite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot test yet: %1: %2</source>
        <translation>Noch nicht testbar: %1: %2</translation>
    </message>
    <message>
        <source>Cannot test: %1</source>
        <translation>Test nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>nestogy::IntegrationHealthList</name>
    <message>
        <source>Integration health</source>
        <translation>Zustand der Integrationen</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Last webhook</source>
        <translation>Letzter Webhook</translation>
    </message>
    <message>
        <source>Alerts (24 h)</source>
        <translation>Warnmeldungen (24 Std.)</translation>
    </message>
    <message>
        <source>Call errors (24 h)</source>
        <translation>Aufruffehler (24 Std.)</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>halb offen</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>%1 % of %2 calls</source>
        <translation>%1 % von %2 Aufrufen</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>keine Aufrufe</translation>
    </message>
</context>
<context>
    <name>nestogy::IntegrationListProxy</name>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>open (%1 failures in a row)</source>
        <translation>offen (%1 Fehler in Folge)</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>halb offen</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>noch nicht aufgerufen</translation>
    </message>
    <message>
        <source>Nestogy has not called this RMM yet</source>
        <translation>Nestogy hat dieses RMM noch nicht aufgerufen</translation>
    </message>
    <message>
        <source>Outbound calls to this RMM; an open circuit pauses them</source>
        <translation>Ausgehende Aufrufe an dieses RMM; ein offener Schutzschalter hält sie an</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Schutzschalter</translation>
    </message>
</context>
<context>
    <name>nestogy::IntegrationTableModel</name>
    <message>
        <source>Generic webhook</source>
        <translation>Generischer Webhook</translation>
    </message>
    <message>
        <source>When the latest alert from this integration was received</source>
        <translation>Wann die letzte Warnmeldung dieser Integration empfangen wurde</translation>
    </message>
    <message>
        <source>Webhooks to this integration are refused</source>
        <translation>Webhooks an diese Integration werden abgelehnt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last webhook</source>
        <translation>Letzter Webhook</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Webhook id</source>
        <translation>Webhook-ID</translation>
    </message>
</context>
<context>
    <name>nestogy::IntegrationsPane</name>
    <message>
        <source>Your RMM integrations (NinjaOne, Datto RMM, ConnectWise Automate or a generic webhook) will be listed and configured here.</source>
        <translation>Hier werden Ihre RMM-Integrationen (NinjaOne, Datto RMM, ConnectWise Automate oder ein generischer Webhook) aufgelistet und eingerichtet.</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>The alert receiver is not ready yet (%1).</source>
        <translation>Der Warnmeldungsempfang ist noch nicht bereit (%1).</translation>
    </message>
    <message>
        <source>The integrations could not be read: %1</source>
        <translation>Die Integrationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>That integration no longer exists.</source>
        <translation>Diese Integration existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The integration could not be read: %1</source>
        <translation>Die Integration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Add an integration (Ctrl+N)</source>
        <translation>Integration hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Change the selected integration (Enter)</source>
        <translation>Ausgewählte Integration bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Dea&amp;ktivieren</translation>
    </message>
    <message>
        <source>Refuse or accept webhooks to the selected integration (Ctrl+T)</source>
        <translation>Webhooks an die ausgewählte Integration ablehnen oder annehmen (Strg+T)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected integration (Delete)</source>
        <translation>Ausgewählte Integration löschen (Entf)</translation>
    </message>
    <message>
        <source>New integration</source>
        <translation>Neue Integration</translation>
    </message>
    <message>
        <source>Activate or deactivate integration</source>
        <translation>Integration aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>Delete integration</source>
        <translation>Integration löschen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>Deactivate integration</source>
        <translation>Integration deaktivieren</translation>
    </message>
    <message>
        <source>Activate integration</source>
        <translation>Integration aktivieren</translation>
    </message>
    <message>
        <source>The integration could not be changed: %1</source>
        <translation>Die Integration konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>%1 accepts webhooks again.</source>
        <translation>%1 nimmt wieder Webhooks an.</translation>
    </message>
    <message>
        <source>%1 no longer accepts webhooks.</source>
        <translation>%1 nimmt keine Webhooks mehr an.</translation>
    </message>
    <message>
        <source>Delete the integration %1? Its webhook URL stops working at once, and its secrets and device mappings are deleted. Alerts and tickets it brought in stay.</source>
        <translation>Integration %1 löschen? Ihre Webhook-URL funktioniert sofort nicht mehr, und ihre Geheimnisse und Gerätezuordnungen werden gelöscht. Die von ihr erzeugten Warnmeldungen und Tickets bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The integration was deleted.</source>
        <translation>Die Integration wurde gelöscht.</translation>
    </message>
    <message>
        <source>The integration could not be deleted: %1</source>
        <translation>Die Integration konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>nestogy::InventorySyncBar</name>
    <message>
        <source>Sync inventory</source>
        <translation>Inventar abgleichen</translation>
    </message>
    <message>
        <source>Inventory sync progress</source>
        <translation>Fortschritt des Inventarabgleichs</translation>
    </message>
    <message>
        <source>Choose an integration to sync its devices from the RMM.</source>
        <translation>Wählen Sie eine Integration, um ihre Geräte aus dem RMM abzugleichen.</translation>
    </message>
    <message>
        <source>This integration no longer exists.</source>
        <translation>Diese Integration existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The integration could not be read: %1</source>
        <translation>Die Integration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 receives webhooks only: there is no device API to sync from.</source>
        <translation>%1 empfängt nur Webhooks: Es gibt keine Geräte-API zum Abgleichen.</translation>
    </message>
    <message>
        <source>To sync %1, set its API endpoint and credentials (%2).</source>
        <translation>Um %1 abzugleichen, hinterlegen Sie API-Endpunkt und Zugangsdaten (%2).</translation>
    </message>
    <message>
        <source>The sync status could not be read: %1</source>
        <translation>Der Stand des Abgleichs konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Read every device of %1 from its RMM API now</source>
        <translation>Jetzt alle Geräte von %1 über die RMM-API einlesen</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Noch nie abgeglichen.</translation>
    </message>
    <message>
        <source>Sync requested; waiting for a worker…</source>
        <translation>Abgleich angefordert; wartet auf Ausführung…</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 devices (page %3)</source>
        <translation>Abgleich: %1 von %2 Geräten (Seite %3)</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n device(s) so far (page %1)</source>
        <translation>
            <numerusform>Abgleich: bisher %n Gerät (Seite %1)</numerusform>
            <numerusform>Abgleich: bisher %n Geräte (Seite %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2. It will be tried again.</source>
        <translation>Versuch %1 fehlgeschlagen: %2. Er wird wiederholt.</translation>
    </message>
    <message numerus="yes">
        <source>Last sync %1: %n device(s), %2 new, %3 changed, %4 marked stale.</source>
        <translation>
            <numerusform>Letzter Abgleich %1: %n Gerät, %2 neu, %3 geändert, %4 als veraltet markiert.</numerusform>
            <numerusform>Letzter Abgleich %1: %n Geräte, %2 neu, %3 geändert, %4 als veraltet markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Der letzte Abgleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A sync of this integration is already running.</source>
        <translation>Ein Abgleich dieser Integration läuft bereits.</translation>
    </message>
    <message>
        <source>The sync could not be started: %1</source>
        <translation>Der Abgleich konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>S&amp;ync inventory</source>
        <translation>Inventar &amp;abgleichen</translation>
    </message>
    <message>
        <source>The alert receiver is not running.</source>
        <translation>Der Warnmeldungsempfang läuft nicht.</translation>
    </message>
</context>
<context>
    <name>nestogy::JobDetailView</name>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Runs at:</source>
        <translation>Ausführung um:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Worker:</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzdaten:</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>Kein Auftrag ausgewählt</translation>
    </message>
    <message>
        <source>Job %1: %2 (queue %3)</source>
        <translation>Auftrag %1: %2 (Warteschlange %3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
</context>
<context>
    <name>nestogy::JobTableModel</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Fehlgeschlagen, wird wiederholt</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Endgültig fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running on %1</source>
        <translation>Läuft auf %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Run at</source>
        <translation>Ausführung um</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>nestogy::JobsPane</name>
    <message>
        <source>Background jobs such as alert processing, inventory sync and status updates will be listed here, with failed deliveries.</source>
        <translation>Hier werden Hintergrundaufträge wie die Verarbeitung von Warnmeldungen, der Inventarabgleich und Statusaktualisierungen aufgelistet, dazu fehlgeschlagene Zustellungen.</translation>
    </message>
    <message>
        <source>Jobs and deliveries</source>
        <translation>Aufträge und Zustellungen</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>Auf&amp;träge</translation>
    </message>
    <message>
        <source>&amp;Outbound deliveries</source>
        <translation>A&amp;usgehende Zustellungen</translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation>Aufträge in diesem Zustand anzeigen</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Aufträge durchsuchen</translation>
    </message>
    <message>
        <source>Kind or error</source>
        <translation>Art oder Fehler</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Put this dead job back in the queue with fresh attempts (Ctrl+R)</source>
        <translation>Diesen endgültig fehlgeschlagenen Auftrag mit neuen Versuchen wieder in die Warteschlange stellen (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Delete this dead job for good (Delete)</source>
        <translation>Diesen endgültig fehlgeschlagenen Auftrag dauerhaft löschen (Entf)</translation>
    </message>
    <message>
        <source>Retry job</source>
        <translation>Auftrag wiederholen</translation>
    </message>
    <message>
        <source>Discard job</source>
        <translation>Auftrag verwerfen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>The jobs could not be read: %1</source>
        <translation>Die Aufträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The job could not be read: %1</source>
        <translation>Der Auftrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation>Auftrag %1 ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <source>Delete dead job %1 for good? Its payload and error are lost.</source>
        <translation>Den endgültig fehlgeschlagenen Auftrag %1 dauerhaft löschen? Seine Nutzdaten und sein Fehler gehen verloren.</translation>
    </message>
    <message>
        <source>Job %1 was discarded.</source>
        <translation>Auftrag %1 wurde verworfen.</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
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
        <translation type="vanished">Webhooks werden ohne TLS empfangen.</translation>
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
        <translation type="vanished">%1, %2</translation>
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
    <message>
        <source>Alerts per minute</source>
        <translation>Warnmeldungen pro Minute</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Endgültig fehlgeschlagen</translation>
    </message>
    <message>
        <source>Webhooks are received without TLS; open the integrations</source>
        <translation>Webhooks werden ohne TLS empfangen; Integrationen öffnen</translation>
    </message>
    <message>
        <source>Open the integrations</source>
        <translation>Integrationen öffnen</translation>
    </message>
    <message>
        <source>Open the job queue</source>
        <translation>Auftragswarteschlange öffnen</translation>
    </message>
    <message>
        <source>Jobs that failed for good; open the job queue to retry or discard them</source>
        <translation>Endgültig fehlgeschlagene Aufträge; in der Auftragswarteschlange können Sie sie wiederholen oder verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)/min</source>
        <translation>
            <numerusform>%n Warnmeldung/Min.</numerusform>
            <numerusform>%n Warnmeldungen/Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts received in the last minute; open the alerts</source>
        <translation>In der letzten Minute empfangene Warnmeldungen; Warnmeldungen öffnen</translation>
    </message>
    <message>
        <source>Listening on %1, TLS on</source>
        <translation>Empfang auf %1, TLS an</translation>
    </message>
    <message>
        <source>Webhooks are received over HTTPS; open the integrations</source>
        <translation>Webhooks werden über HTTPS empfangen; Integrationen öffnen</translation>
    </message>
</context>
<context>
    <name>nestogy::NoisyDevicesList</name>
    <message>
        <source>Noisiest devices</source>
        <translation>Geräte mit den meisten Warnmeldungen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnmeldungen</translation>
    </message>
</context>
<context>
    <name>nestogy::OutboundDeliveryLog</name>
    <message>
        <source>Fai&amp;led only</source>
        <translation>Nur &amp;fehlgeschlagene</translation>
    </message>
    <message>
        <source>Show failed deliveries only</source>
        <translation>Nur fehlgeschlagene Zustellungen anzeigen</translation>
    </message>
    <message>
        <source>Search deliveries</source>
        <translation>Zustellungen durchsuchen</translation>
    </message>
    <message>
        <source>Kind, target, error or integration</source>
        <translation>Art, Ziel, Fehler oder Integration</translation>
    </message>
    <message>
        <source>Outbound deliveries</source>
        <translation>Ausgehende Zustellungen</translation>
    </message>
</context>
<context>
    <name>nestogy::OutboundDeliveryTableModel</name>
    <message>
        <source>Chat message</source>
        <translation>Chatnachricht</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>RMM API call</source>
        <translation>RMM-API-Aufruf</translation>
    </message>
</context>
<context>
    <name>nestogy::PayloadView</name>
    <message>
        <source>Raw payload</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>No payload was stored for this alert.</source>
        <translation>Für diese Warnmeldung wurden keine Nutzdaten gespeichert.</translation>
    </message>
    <message>
        <source>(%1 more characters not shown)</source>
        <translation>(%1 weitere Zeichen nicht angezeigt)</translation>
    </message>
</context>
<context>
    <name>nestogy::RemapDeviceDialog</name>
    <message>
        <source>Remap device %1</source>
        <translation>Gerät %1 neu zuordnen</translation>
    </message>
    <message>
        <source>no client</source>
        <translation>kein Kunde</translation>
    </message>
    <message>
        <source>no asset</source>
        <translation>kein Asset</translation>
    </message>
    <message>
        <source>%1 (from %2) belongs to %3, %4. Its future alerts go to the client chosen here.</source>
        <translation>%1 (von %2) gehört zu %3, %4. Seine künftigen Warnmeldungen gehen an den hier gewählten Kunden.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Leave at &quot;No asset chosen&quot; to keep the device&apos;s asset if it is this client&apos;s</source>
        <translation>Bei „Kein Asset gewählt“ belassen, um das Asset des Geräts zu behalten, wenn es zu diesem Kunden gehört</translation>
    </message>
    <message>
        <source>&amp;Remap</source>
        <translation>&amp;Neu zuordnen</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Asset:</translation>
    </message>
    <message>
        <source>The clients could not be read: %1</source>
        <translation>Die Kunden konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There are no clients yet. Add clients first, then map devices to them.</source>
        <translation>Es gibt noch keine Kunden. Legen Sie zuerst Kunden an und ordnen Sie ihnen dann Geräte zu.</translation>
    </message>
    <message>
        <source>No asset chosen</source>
        <translation>Kein Asset gewählt</translation>
    </message>
    <message>
        <source>The assets could not be read: %1</source>
        <translation>Die Assets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>nestogy::RoutingRulesEditor</name>
    <message>
        <source>Rules are tried from the top; the first that matches decides. Without a matching rule every alert becomes a ticket with the priority of its severity. Alert type, device and message are regular expressions.</source>
        <translation>Die Regeln werden von oben nach unten geprüft; die erste passende entscheidet. Ohne passende Regel wird jede Warnmeldung zu einem Ticket mit der Priorität ihres Schweregrads. Warnmeldungstyp, Gerät und Meldung sind reguläre Ausdrücke.</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Regeln für Warnmeldungen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert type</source>
        <translation>Warnmeldungstyp</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>A&amp;dd rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>From severity</source>
        <translation>Aus dem Schweregrad</translation>
    </message>
    <message>
        <source>Severity of rule %1</source>
        <translation>Schweregrad von Regel %1</translation>
    </message>
    <message>
        <source>Priority of rule %1</source>
        <translation>Priorität von Regel %1</translation>
    </message>
</context>
<context>
    <name>nestogy::SecretField</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Generate %1</source>
        <translation>%1 erzeugen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Keep the stored %1</source>
        <translation>Gespeicherten Wert für %1 beibehalten</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 ist gesetzt</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation>%1 erneuern</translation>
    </message>
    <message>
        <source>Store a new random value now; the old one keeps working for 24 hours.</source>
        <translation>Jetzt einen neuen Zufallswert speichern; der alte funktioniert noch 24 Stunden lang.</translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsDatabaseForm</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>SQLite in the data folder (default)</source>
        <translation>SQLite im Datenordner (Standard)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by a team)</source>
        <translation>PostgreSQL-Server (von einem Team gemeinsam genutzt)</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation>SQLite-Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Takes effect when Nestogy desk is started again; --database and NESTOGY_DATABASE_URL win over it. Nothing is copied: the receiver then works with what is in that database. Keep a PostgreSQL password in ~/.pgpass, not in the URL.</source>
        <translation>Wird beim nächsten Start von Nestogy desk wirksam; --database und NESTOGY_DATABASE_URL haben Vorrang. Es wird nichts kopiert: Der Empfang arbeitet dann mit dem, was in dieser Datenbank steht. Legen Sie ein PostgreSQL-Passwort in ~/.pgpass ab, nicht in der URL.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>In use now: %1.</source>
        <translation>Derzeit verwendet: %1.</translation>
    </message>
    <message>
        <source>/path/to/nestogy.db</source>
        <translation>/pfad/zu/nestogy.db</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL, e.g. postgresql://user@host:5432/nestogy</source>
        <translation>Geben Sie die URL des Servers ein, z. B. postgresql://benutzer@host:5432/nestogy</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Datenbankdatei auswählen</translation>
    </message>
    <message>
        <source>A PostgreSQL URL starts with postgresql://</source>
        <translation>Eine PostgreSQL-URL beginnt mit postgresql://</translation>
    </message>
    <message>
        <source>Leave the password out of the URL (it would be stored in plain text); put it in ~/.pgpass instead</source>
        <translation>Das Passwort nicht in die URL schreiben (es würde im Klartext gespeichert), sondern in ~/.pgpass ablegen</translation>
    </message>
    <message>
        <source>This is a PostgreSQL URL: choose PostgreSQL server above</source>
        <translation>Dies ist eine PostgreSQL-URL: Wählen Sie oben „PostgreSQL-Server“</translation>
    </message>
    <message>
        <source>Use an absolute path: a relative one depends on where Nestogy desk is started</source>
        <translation>Verwenden Sie einen absoluten Pfad: Ein relativer hängt davon ab, wo Nestogy desk gestartet wird</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>This is a folder: name the database file inside it</source>
        <translation>Dies ist ein Ordner: Geben Sie die Datenbankdatei darin an</translation>
    </message>
    <message>
        <source>The database setting was not saved.</source>
        <translation>Die Datenbankeinstellung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved. The receiver opens this database when Nestogy desk is started again.</source>
        <translation>Gespeichert. Der Empfang öffnet diese Datenbank beim nächsten Start von Nestogy desk.</translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsDesktopForm</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>&amp;Minimiert in der Systemleiste starten</translation>
    </message>
    <message>
        <source>Start minimized to the system tray</source>
        <translation>Minimiert in der Systemleiste starten</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications for urgent alerts and SLA breaches</source>
        <translation>Desktop-&amp;Benachrichtigungen bei dringenden Warnmeldungen und SLA-Verletzungen</translation>
    </message>
    <message>
        <source>Desktop notifications for urgent alerts and SLA breaches</source>
        <translation>Desktop-Benachrichtigungen bei dringenden Warnmeldungen und SLA-Verletzungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>The language changes when Nestogy desk is started again; --lang on the command line wins over it.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Nestogy desk; --lang auf der Befehlszeile hat Vorrang.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray right now: the window opens normally and notifications are not shown.</source>
        <translation>Diese Arbeitsumgebung zeigt derzeit keine Systemleiste an: Das Fenster öffnet sich normal, und Benachrichtigungen werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Saved. The new language is used when Nestogy desk is started again.</source>
        <translation>Gespeichert. Die neue Sprache wird beim nächsten Start von Nestogy desk verwendet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsLimitsForm</name>
    <message>
        <source>Webhooks per minute per integration and sender</source>
        <translation>Webhooks pro Minute je Integration und Absender</translation>
    </message>
    <message>
        <source>Default (1000)</source>
        <translation>Standard (1000)</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source>&amp;Webhook rate limit:</source>
        <translation>&amp;Webhook-Ratenbegrenzung:</translation>
    </message>
    <message>
        <source>Counted per integration and sender address; beyond it the sender is told to retry later (429). An integration with its own limit (rate_limit_per_minute in its settings) keeps it. Takes effect when Nestogy desk is started again; NESTOGY_RMM_RATE_LIMIT in the environment wins over it.</source>
        <translation>Gezählt je Integration und Absenderadresse; darüber hinaus wird der Absender gebeten, es später erneut zu versuchen (429). Eine Integration mit eigener Begrenzung (rate_limit_per_minute in ihren Einstellungen) behält diese. Wird beim nächsten Start von Nestogy desk wirksam; NESTOGY_RMM_RATE_LIMIT in der Umgebung hat Vorrang.</translation>
    </message>
    <message>
        <source>Saved. The receiver uses the new limit when Nestogy desk is started again.</source>
        <translation>Gespeichert. Der Empfang verwendet die neue Begrenzung beim nächsten Start von Nestogy desk.</translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsMailForm</name>
    <message>
        <source>The mail server is set up here once the alert receiver has opened its database.</source>
        <translation>Der Mailserver wird hier eingerichtet, sobald der Warnmeldungsempfang seine Datenbank geöffnet hat.</translation>
    </message>
    <message>
        <source>NESTOGY_SMTP_HOST is set in this program&apos;s environment: this receiver sends mail with the NESTOGY_SMTP_* values instead of the settings below.</source>
        <translation>NESTOGY_SMTP_HOST ist in der Umgebung dieses Programms gesetzt: Dieser Empfang versendet Mails mit den NESTOGY_SMTP_*-Werten statt mit den Einstellungen unten.</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
    <message>
        <source>None (plain text)</source>
        <translation>Keine (Klartext)</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <source>None: send without signing in</source>
        <translation>Keiner: ohne Anmeldung senden</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>Used only with a user name; saving without a user name removes it.</source>
        <translation>Wird nur mit einem Benutzernamen verwendet; Speichern ohne Benutzernamen entfernt es.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Datei mit zusätzlichen CA-Zertifikaten</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates</source>
        <translation>Keine: die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CA certificates file</source>
        <translation>Datei mit CA-Zertifikaten auswählen</translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation>SMTP-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sicherh&amp;eit:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Abse&amp;nder:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Send the test mail to</source>
        <translation>Testmail senden an</translation>
    </message>
    <message>
        <source>you@msp.example</source>
        <translation>sie@msp.example</translation>
    </message>
    <message>
        <source>Send &amp;test mail</source>
        <translation>&amp;Testmail senden</translation>
    </message>
    <message>
        <source>Send a test mail with the saved settings</source>
        <translation>Eine Testmail mit den gespeicherten Einstellungen senden</translation>
    </message>
    <message>
        <source>Used by every workstation and receiver sharing this database, for client and technician mail.</source>
        <translation>Gilt für alle Arbeitsplätze und Empfänger, die diese Datenbank nutzen, für Mails an Kunden und Techniker.</translation>
    </message>
    <message>
        <source>Passwords cannot be stored or used right now: %1</source>
        <translation>Passwörter können derzeit weder gespeichert noch verwendet werden: %1</translation>
    </message>
    <message>
        <source>The mail settings could not be read: %1</source>
        <translation>Die Mail-Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Mail settings saved for every workstation and receiver sharing this database.</source>
        <translation>Mail-Einstellungen für alle Arbeitsplätze und Empfänger gespeichert, die diese Datenbank nutzen.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The password cannot be stored: %1. To fix it: %2</source>
        <translation>Das Passwort kann nicht gespeichert werden: %1. Abhilfe: %2</translation>
    </message>
    <message>
        <source>Not saved: the password cannot be stored.</source>
        <translation>Nicht gespeichert: Das Passwort kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The mail settings could not be saved: %1</source>
        <translation>Die Mail-Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the address to send the test mail to</source>
        <translation>Geben Sie die Adresse ein, an die die Testmail gehen soll</translation>
    </message>
    <message>
        <source>The mail server took the test mail for %1.</source>
        <translation>Der Mailserver hat die Testmail für %1 angenommen.</translation>
    </message>
    <message>
        <source>The mail server did not take the test mail: %1</source>
        <translation>Der Mailserver hat die Testmail nicht angenommen: %1</translation>
    </message>
    <message>
        <source>No test mail was sent: %1</source>
        <translation>Es wurde keine Testmail gesendet: %1</translation>
    </message>
    <message>
        <source>Sending the test mail to %1…</source>
        <translation>Testmail an %1 wird gesendet…</translation>
    </message>
    <message>
        <source>Save first: the test mail is sent with the saved settings.</source>
        <translation>Zuerst speichern: Die Testmail wird mit den gespeicherten Einstellungen gesendet.</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Erne&amp;ut versuchen</translation>
    </message>
    <message>
        <source>Read the master key again</source>
        <translation>Den Hauptschlüssel erneut lesen</translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsPane</name>
    <message>
        <source>The listener address, the database, technicians and SLA policies will be configured here.</source>
        <translation type="vanished">Hier werden die Empfangsadresse, die Datenbank, Techniker und SLA-Richtlinien eingerichtet.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Einstellungsbereiche</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Begrenzungen</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert the changes on this tab</source>
        <translation>Die Änderungen auf dieser Seite verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this tab&apos;s settings</source>
        <translation>Die Einstellungen dieser Seite speichern</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>%1 •</source>
        <comment>a settings tab with unsaved changes</comment>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsReceiverForm</name>
    <message>
        <source>Listen address</source>
        <translation>Empfangsadresse</translation>
    </message>
    <message>
        <source>An IP address of this computer, 0.0.0.0 for every IPv4 interface, :: for every interface, or localhost.</source>
        <translation>Eine IP-Adresse dieses Computers, 0.0.0.0 für alle IPv4-Schnittstellen, :: für alle Schnittstellen oder localhost.</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>Empfangsport</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>&amp;Empfangsadresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>The receiver is not running.</source>
        <translation>Der Empfang läuft nicht.</translation>
    </message>
    <message>
        <source>Receiving webhooks now on %1.</source>
        <translation>Webhooks werden jetzt auf %1 empfangen.</translation>
    </message>
    <message>
        <source>Not an IP address of this computer (or localhost): %1</source>
        <translation>Keine IP-Adresse dieses Computers (und nicht localhost): %1</translation>
    </message>
    <message>
        <source>The listen address was not saved.</source>
        <translation>Die Empfangsadresse wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>TLS-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>None: plain HTTP</source>
        <translation>Keine: unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <source>PEM file with this receiver&apos;s certificate, followed by the intermediate certificates it was issued under.</source>
        <translation>PEM-Datei mit dem Zertifikat dieses Empfangs, gefolgt von den Zwischenzertifikaten, unter denen es ausgestellt wurde.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Choose the TLS certificate file</source>
        <translation>TLS-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>TLS private key file</source>
        <translation>Datei des privaten TLS-Schlüssels</translation>
    </message>
    <message>
        <source>PEM file with the certificate&apos;s private key. An encrypted key needs its passphrase in NESTOGY_TLS_KEY_PASSPHRASE.</source>
        <translation>PEM-Datei mit dem privaten Schlüssel des Zertifikats. Ein verschlüsselter Schlüssel braucht seine Passphrase in NESTOGY_TLS_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Choose the TLS private key file</source>
        <translation>Datei des privaten TLS-Schlüssels auswählen</translation>
    </message>
    <message>
        <source>TLS c&amp;ertificate:</source>
        <translation>TLS-Zer&amp;tifikat:</translation>
    </message>
    <message>
        <source>TLS private &amp;key:</source>
        <translation>Pri&amp;vater TLS-Schlüssel:</translation>
    </message>
    <message>
        <source>Takes effect when Nestogy desk is started again; --listen, --tls-cert and --tls-key on the command line (or NESTOGY_TLS_CERT and NESTOGY_TLS_KEY) win over these. With a certificate and its key, webhooks are received over HTTPS, as senders on the internet need; without them over plain HTTP, for the local network only.</source>
        <translation>Wird beim nächsten Start von Nestogy desk wirksam; --listen, --tls-cert und --tls-key auf der Befehlszeile (oder NESTOGY_TLS_CERT und NESTOGY_TLS_KEY) haben Vorrang. Mit einem Zertifikat und seinem Schlüssel werden Webhooks über HTTPS empfangen, wie es Absender im Internet brauchen; ohne sie über unverschlüsseltes HTTP, nur für das lokale Netz.</translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation>TLS-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation>Privater TLS-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the private key of this certificate too, or clear the certificate to receive over plain HTTP.</source>
        <translation>Wählen Sie auch den privaten Schlüssel dieses Zertifikats, oder leeren Sie das Zertifikat, um über unverschlüsseltes HTTP zu empfangen.</translation>
    </message>
    <message>
        <source>Choose the certificate of this key too, or clear the key to receive over plain HTTP.</source>
        <translation>Wählen Sie auch das Zertifikat zu diesem Schlüssel, oder leeren Sie den Schlüssel, um über unverschlüsseltes HTTP zu empfangen.</translation>
    </message>
    <message>
        <source>Cannot serve HTTPS with this: %1</source>
        <translation>Damit ist kein HTTPS möglich: %1</translation>
    </message>
    <message>
        <source>The TLS certificate and key were not saved.</source>
        <translation>TLS-Zertifikat und Schlüssel wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved. The receiver uses the new settings when Nestogy desk is started again.</source>
        <translation>Gespeichert. Der Empfang verwendet die neuen Einstellungen beim nächsten Start von Nestogy desk.</translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsRetentionForm</name>
    <message>
        <source>Retention is set up here once the alert receiver has opened its database.</source>
        <translation>Die Aufbewahrung wird hier eingestellt, sobald der Warnmeldungsempfänger seine Datenbank geöffnet hat.</translation>
    </message>
    <message>
        <source>Days resolved alerts are kept</source>
        <translation>Tage, die erledigte Warnmeldungen aufbewahrt werden</translation>
    </message>
    <message>
        <source>Days finished jobs are kept</source>
        <translation>Tage, die abgeschlossene Aufträge aufbewahrt werden</translation>
    </message>
    <message>
        <source>Days the delivery log is kept</source>
        <translation>Tage, die das Zustellprotokoll aufbewahrt wird</translation>
    </message>
    <message>
        <source>Resolved &amp;alerts:</source>
        <translation>Erledigte &amp;Warnmeldungen:</translation>
    </message>
    <message>
        <source>Finished &amp;jobs:</source>
        <translation>Abgeschlossene &amp;Aufträge:</translation>
    </message>
    <message>
        <source>&amp;Delivery log:</source>
        <translation>&amp;Zustellprotokoll:</translation>
    </message>
    <message>
        <source>&amp;Purge now</source>
        <translation>Jetzt &amp;bereinigen</translation>
    </message>
    <message>
        <source>Delete what the saved periods say is old enough, now</source>
        <translation>Jetzt löschen, was nach den gespeicherten Fristen alt genug ist</translation>
    </message>
    <message>
        <source>Alerts still open, alerts of tickets not yet resolved, jobs waiting or failed for good, tickets and the audit log are never deleted. The receiver purges every hour; the periods apply to every workstation and receiver sharing this database.</source>
        <translation>Offene Warnmeldungen, Warnmeldungen noch nicht gelöster Tickets, wartende oder endgültig fehlgeschlagene Aufträge, Tickets und das Prüfprotokoll werden nie gelöscht. Der Empfänger bereinigt stündlich; die Fristen gelten für alle Arbeitsplätze und Empfänger dieser Datenbank.</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Für immer behalten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The retention settings could not be read: %1</source>
        <translation>Die Aufbewahrungseinstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Retention saved for every workstation and receiver sharing this database.</source>
        <translation>Aufbewahrung für alle Arbeitsplätze und Empfänger dieser Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Wird bereinigt…</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved alert(s)</source>
        <translation>
            <numerusform>%n erledigte Warnmeldung</numerusform>
            <numerusform>%n erledigte Warnmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s)</source>
        <translation>
            <numerusform>%n abgeschlossener Auftrag</numerusform>
            <numerusform>%n abgeschlossene Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Gelöscht: %1.</translation>
    </message>
    <message>
        <source>Deleted %1, then stopped: %2</source>
        <translation>Gelöscht: %1, dann abgebrochen: %2</translation>
    </message>
    <message>
        <source>Save first: the purge uses the saved periods.</source>
        <translation>Zuerst speichern: Die Bereinigung verwendet die gespeicherten Fristen.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery log record(s)</source>
        <translation>
            <numerusform>%n Eintrag im Zustellprotokoll</numerusform>
            <numerusform>%n Einträge im Zustellprotokoll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nestogy::SeverityMapEditor</name>
    <message>
        <source>Words your RMM sends as severity, and what they mean here. Words not listed use the provider&apos;s usual meaning.</source>
        <translation>Wörter, die Ihr RMM als Schweregrad sendet, und was sie hier bedeuten. Nicht aufgeführte Wörter haben die übliche Bedeutung des Anbieters.</translation>
    </message>
    <message>
        <source>Severity map</source>
        <translation>Schweregrad-Zuordnung</translation>
    </message>
    <message>
        <source>Word from the RMM</source>
        <translation>Wort aus dem RMM</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>A&amp;dd word</source>
        <translation>Wort &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve word</source>
        <translation>Wort &amp;entfernen</translation>
    </message>
    <message>
        <source>Severity for row %1</source>
        <translation>Schweregrad für Zeile %1</translation>
    </message>
</context>
<context>
    <name>nestogy::SeverityTile</name>
    <message>
        <source>%1 acknowledged</source>
        <translation>%1 bestätigt</translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation>Warnmeldungen: %1</translation>
    </message>
    <message>
        <source>%1 unresolved, %2 of them acknowledged</source>
        <translation>%1 nicht erledigt, davon %2 bestätigt</translation>
    </message>
</context>
<context>
    <name>nestogy::SlaRiskList</name>
    <message>
        <source>Tickets closest to their SLA</source>
        <translation>Tickets mit den knappsten SLA-Fristen</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
</context>
<context>
    <name>nestogy::TicketDetailView</name>
    <message>
        <source>Why it is assigned</source>
        <translation>Grund der Zuweisung</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Bearbeiter:</translation>
    </message>
    <message>
        <source>Response due:</source>
        <translation>Reaktion fällig:</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>Lösung fällig:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Ticket details</source>
        <translation>Ticketdetails</translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation>Ticketverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation>Kein Ticket ausgewählt</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Zuweisung: %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>%1 (done %2)</source>
        <translation>%1 (erledigt am %2)</translation>
    </message>
    <message>
        <source>%1 (done late, %2)</source>
        <translation>%1 (verspätet erledigt am %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Assignee changed</source>
        <translation>Bearbeiter geändert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Alert again</source>
        <translation>Erneute Warnmeldung</translation>
    </message>
    <message>
        <source>Resolved by the RMM</source>
        <translation>Vom RMM erledigt</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>nestogy::TicketEditor</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add a note to the ticket&apos;s history</source>
        <translation>Eine Notiz zum Verlauf des Tickets hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Save the status, priority, assignee and note (Ctrl+Return)</source>
        <translation>Status, Priorität, Bearbeiter und Notiz speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Bearbeiter:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>nestogy::TicketFilterBar</name>
    <message>
        <source>Show tickets with status</source>
        <translation>Tickets mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Show tickets with priority</source>
        <translation>Tickets mit dieser Priorität anzeigen</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>Show tickets assigned to</source>
        <translation>Tickets dieses Bearbeiters anzeigen</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Tickets durchsuchen</translation>
    </message>
    <message>
        <source>Subject, number, client or technician</source>
        <translation>Betreff, Nummer, Kunde oder Techniker</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Bearbeiter:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>nestogy::TicketPatchRunner</name>
    <message>
        <source>The ticket could not be changed: the alert receiver is not running.</source>
        <translation>Das Ticket konnte nicht geändert werden: Der Warnmeldungsempfang läuft nicht.</translation>
    </message>
    <message>
        <source>The ticket could not be changed: %1: %2</source>
        <translation>Das Ticket konnte nicht geändert werden: %1: %2</translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>Das Ticket existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The ticket could not be changed: %1</source>
        <translation>Das Ticket konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Ticket changes saved.</source>
        <translation>Ticketänderungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>nestogy::TicketTableModel</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation>Lösung fällig: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Reaktion fällig</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Lösung fällig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>nestogy::TicketsPane</name>
    <message>
        <source>Tickets created from alerts will be listed here, with their priority, technician and SLA.</source>
        <translation>Hier werden die aus Warnmeldungen erstellten Tickets aufgelistet, mit Priorität, Techniker und SLA.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Find tickets</source>
        <translation>Tickets suchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the tickets again (F5)</source>
        <translation>Tickets neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Apply ticket changes</source>
        <translation>Ticketänderungen übernehmen</translation>
    </message>
    <message>
        <source>The tickets could not be read: %1</source>
        <translation>Die Tickets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The technicians could not be read: %1</source>
        <translation>Die Techniker konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The ticket could not be read: %1</source>
        <translation>Das Ticket konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>That ticket no longer exists.</source>
        <translation>Dieses Ticket existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>nestogy::TrayNotifier</name>
    <message>
        <source>Nestogy desk</source>
        <translation>Nestogy desk</translation>
    </message>
    <message>
        <source>&amp;Show Nestogy desk</source>
        <translation>Nestogy desk &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
</TS>
