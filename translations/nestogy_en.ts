<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DisplayText</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderLabels</name>
    <message>
        <source>NinjaOne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datto RMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConnectWise Automate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic webhook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>time left to an SLA target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <comment>an SLA target that has passed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityLabels</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayMessageDigest</name>
    <message>
        <source>Urgent alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached: ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The resolution time is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The response time is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new urgent alert(s)</source>
        <translation>
            <numerusform>%n new urgent alert</numerusform>
            <numerusform>%n new urgent alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) breached an SLA target</source>
        <translation>
            <numerusform>%n ticket breached an SLA target</numerusform>
            <numerusform>%n tickets breached an SLA target</numerusform>
        </translation>
    </message>
    <message>
        <source>Nestogy desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Nestogy desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert receiver could not start:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored setting was not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive webhooks over HTTPS with the certificate in &lt;FILE&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of --tls-cert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::AlertActionRunner</name>
    <message>
        <source>the alert receiver is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alert is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select at most %1 alerts at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not acknowledge the alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not acknowledge %n alert(s): %1</source>
        <translation>
            <numerusform>Could not acknowledge %n alert: %1</numerusform>
            <numerusform>Could not acknowledge %n alerts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not resolve the alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not resolve %n alert(s): %1</source>
        <translation>
            <numerusform>Could not resolve %n alert: %1</numerusform>
            <numerusform>Could not resolve %n alerts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a ticket for the alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not create tickets for %n alert(s): %1</source>
        <translation>
            <numerusform>Could not create tickets for %n alert: %1</numerusform>
            <numerusform>Could not create tickets for %n alerts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not snooze the alert&apos;s device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not snooze the devices of %n alert(s): %1</source>
        <translation>
            <numerusform>Could not snooze the devices of %n alert: %1</numerusform>
            <numerusform>Could not snooze the devices of %n alerts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) acknowledged.</source>
        <translation>
            <numerusform>%n alert acknowledged.</numerusform>
            <numerusform>%n alerts acknowledged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) resolved.</source>
        <translation>
            <numerusform>%n alert resolved.</numerusform>
            <numerusform>%n alerts resolved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tickets created for %n alert(s).</source>
        <translation>
            <numerusform>Tickets created for %n alert.</numerusform>
            <numerusform>Tickets created for %n alerts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device snoozed for %n minute(s): its new alerts are held until then.</source>
        <translation>
            <numerusform>Device snoozed for %n minute: its new alerts are held until then.</numerusform>
            <numerusform>Device snoozed for %n minutes: its new alerts are held until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Devices of %1 alerts snoozed for %n minute(s): their new alerts are held until then.</source>
        <translation>
            <numerusform>Devices of %1 alerts snoozed for %n minute: their new alerts are held until then.</numerusform>
            <numerusform>Devices of %1 alerts snoozed for %n minutes: their new alerts are held until then.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>skip reason, how many alerts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 skipped: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::AlertActionSet</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts: someone is on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the selected alerts; a ticket nobody has worked on is resolved with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ticket for each selected alert that has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected alert&apos;s ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected alerts&apos; devices into maintenance for a while: their new alerts are held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the alerts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action tool tip: what it does (shortcut)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::AlertDetailView</name>
    <message>
        <source>Alert details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert to see its details and the payload it arrived with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred at the source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMM alert id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw &amp;payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, held by a maintenance window (no ticket while it lasts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (RMM id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, flapped %2 times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::AlertFilterBar</name>
    <message>
        <source>Search alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search device, message, type or client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent and high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by a maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::AlertTableModel</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by a maintenance window: no ticket is made while it lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suppressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::AlertsPane</name>
    <message>
        <source>Alerts that your RMM tools send will be listed here, with their device, client and severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrations and clients to filter by could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alert no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alert has no ticket yet; %1 creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For how many minutes? Meanwhile new alerts from the device are held, and an alert without a ticket gets one only when the time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That alert no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert is shown beside the list: the filters above hide it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::AlertsPerHourChart</name>
    <message>
        <source>New alerts per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new alerts in the last %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new alerts in the last %2 hours; most, %3, in the hour from %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::CredentialsEditor</name>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once the integration is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id (ClientId header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token (Authorization header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC signature (X-Datto-Signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC signature (X-Signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (X-CW-API-Key header or api_key field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (X-API-Key header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token in the URL (?token=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: anyone who knows the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sender the webhook URL followed by ?token= and the URL token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this header to the webhook in the RMM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who learns the URL can post alerts. Use only on a trusted network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the API connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the RMM API with the values shown here (saved or not) and read one page of devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::DashboardPane</name>
    <message>
        <source>Open alerts, tickets close to their SLA and the health of the webhook listener will be summarized here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alerts per hour, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noisiest devices, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets closest to their SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be read from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open tickets with a running SLA target, %2 breached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::DeviceMappingTableModel</name>
    <message>
        <source>Serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RMM has not reported this device recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::DevicesPane</name>
    <message>
        <source>Devices reported by your RMM tools will be listed here, with the clients and assets they belong to. They are recorded by an inventory sync or from the devices named in incoming alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show devices of integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stale only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only devices the RMM has not reported recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, hostname, serial or RMM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the selected device to another client or asset (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remap device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was remapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be remapped: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::FieldErrorLabel</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::FieldMappingEditor</name>
    <message>
        <source>Alert &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sent as &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each field is in the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status values that mean resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved, ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated status values that close the alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved &amp;when status is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with a sample payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type of the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a payload your RMM sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a sample payload to see what it becomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted but ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping cannot work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the payload: the time it arrives)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::IntegrationDialog</name>
    <message>
        <source>Edit integration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts go to this client unless the RMM names one that is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve: accept webhooks from this integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something on this page needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets cannot be stored: %1
To fix this: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be rotated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new value is stored and shown once: copy it into the sender now. The previous value keeps working for 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: the account has %n device(s).</source>
        <translation>
            <numerusform>Connected: the account has %n device.</numerusform>
            <numerusform>Connected: the account has %n devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n device(s) on the first page.</source>
        <translation>
            <numerusform>Connected: %n device on the first page.</numerusform>
            <numerusform>Connected: %n devices on the first page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot test yet: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot test: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::IntegrationHealthList</name>
    <message>
        <source>Integration health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call errors (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::IntegrationListProxy</name>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (%1 failures in a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nestogy has not called this RMM yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound calls to this RMM; an open circuit pauses them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::IntegrationTableModel</name>
    <message>
        <source>Generic webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the latest alert from this integration was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks to this integration are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::IntegrationsPane</name>
    <message>
        <source>Your RMM integrations (NinjaOne, Datto RMM, ConnectWise Automate or a generic webhook) will be listed and configured here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert receiver is not ready yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That integration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an integration (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected integration (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse or accept webhooks to the selected integration (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected integration (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate or deactivate integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts webhooks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the integration %1? Its webhook URL stops working at once, and its secrets and device mappings are deleted. Alerts and tickets it brought in stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::InventorySyncBar</name>
    <message>
        <source>Sync inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an integration to sync its devices from the RMM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives webhooks only: there is no device API to sync from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sync %1, set its API endpoint and credentials (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every device of %1 from its RMM API now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync requested; waiting for a worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 devices (page %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n device(s) so far (page %1)</source>
        <translation>
            <numerusform>Syncing: %n device so far (page %1)</numerusform>
            <numerusform>Syncing: %n devices so far (page %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2. It will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last sync %1: %n device(s), %2 new, %3 changed, %4 marked stale.</source>
        <translation>
            <numerusform>Last sync %1: %n device, %2 new, %3 changed, %4 marked stale.</numerusform>
            <numerusform>Last sync %1: %n devices, %2 new, %3 changed, %4 marked stale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync of this integration is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert receiver is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::JobDetailView</name>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2 (queue %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::JobTableModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::JobsPane</name>
    <message>
        <source>Background jobs such as alert processing, inventory sync and status updates will be listed here, with failed deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs and deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbound deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this dead job back in the queue with fresh attempts (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this dead job for good (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dead job %1 for good? Its payload and error are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
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
    <message numerus="yes">
        <source>%n job(s) queued</source>
        <translation>
            <numerusform>%n job queued</numerusform>
            <numerusform>%n jobs queued</numerusform>
        </translation>
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
    <message>
        <source>Alerts per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks are received without TLS; open the integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the job queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs that failed for good; open the job queue to retry or discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)/min</source>
        <translation>
            <numerusform>%n alert/min</numerusform>
            <numerusform>%n alerts/min</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts received in the last minute; open the alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1, TLS on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks are received over HTTPS; open the integrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::NoisyDevicesList</name>
    <message>
        <source>Noisiest devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::OutboundDeliveryLog</name>
    <message>
        <source>Fai&amp;led only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failed deliveries only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind, target, error or integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound deliveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::OutboundDeliveryTableModel</name>
    <message>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMM API call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::PayloadView</name>
    <message>
        <source>Raw payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payload was stored for this alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 more characters not shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::RemapDeviceDialog</name>
    <message>
        <source>Remap device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2) belongs to %3, %4. Its future alerts go to the client chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave at &quot;No asset chosen&quot; to keep the device&apos;s asset if it is this client&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no clients yet. Add clients first, then map devices to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::RoutingRulesEditor</name>
    <message>
        <source>Rules are tried from the top; the first that matches decides. Without a matching rule every alert becomes a ticket with the priority of its severity. Alert type, device and message are regular expressions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority of rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::SecretField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the stored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a new random value now; the old one keeps working for 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsDatabaseForm</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite in the data folder (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by a team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Nestogy desk is started again; --database and NESTOGY_DATABASE_URL win over it. Nothing is copied: the receiver then works with what is in that database. Keep a PostgreSQL password in ~/.pgpass, not in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/nestogy.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL, e.g. postgresql://user@host:5432/nestogy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL URL starts with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the URL (it would be stored in plain text); put it in ~/.pgpass instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PostgreSQL URL: choose PostgreSQL server above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an absolute path: a relative one depends on where Nestogy desk is started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder: name the database file inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database setting was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The receiver opens this database when Nestogy desk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsDesktopForm</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimized to the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop &amp;notifications for urgent alerts and SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications for urgent alerts and SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Nestogy desk is started again; --lang on the command line wins over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no system tray right now: the window opens normally and notifications are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The new language is used when Nestogy desk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsLimitsForm</name>
    <message>
        <source>Webhooks per minute per integration and sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted per integration and sender address; beyond it the sender is told to retry later (429). An integration with its own limit (rate_limit_per_minute in its settings) keeps it. Takes effect when Nestogy desk is started again; NESTOGY_RMM_RATE_LIMIT in the environment wins over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The receiver uses the new limit when Nestogy desk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsMailForm</name>
    <message>
        <source>The mail server is set up here once the alert receiver has opened its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NESTOGY_SMTP_HOST is set in this program&apos;s environment: this receiver sends mail with the NESTOGY_SMTP_* values instead of the settings below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: send without signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used only with a user name; saving without a user name removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the test mail to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@msp.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test mail with the saved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by every workstation and receiver sharing this database, for client and technician mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords cannot be stored or used right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail settings saved for every workstation and receiver sharing this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be stored: %1. To fix it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the password cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address to send the test mail to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server took the test mail for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server did not take the test mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test mail was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test mail to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save first: the test mail is sent with the saved settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the master key again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsPane</name>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the changes on this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this tab&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 •</source>
        <comment>a settings tab with unsaved changes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsReceiverForm</name>
    <message>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address of this computer, 0.0.0.0 for every IPv4 interface, :: for every interface, or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving webhooks now on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an IP address of this computer (or localhost): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listen address was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file with this receiver&apos;s certificate, followed by the intermediate certificates it was issued under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the TLS certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file with the certificate&apos;s private key. An encrypted key needs its passphrase in NESTOGY_TLS_KEY_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the TLS private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS c&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Nestogy desk is started again; --listen, --tls-cert and --tls-key on the command line (or NESTOGY_TLS_CERT and NESTOGY_TLS_KEY) win over these. With a certificate and its key, webhooks are received over HTTPS, as senders on the internet need; without them over plain HTTP, for the local network only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key of this certificate too, or clear the certificate to receive over plain HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate of this key too, or clear the key to receive over plain HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot serve HTTPS with this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate and key were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The receiver uses the new settings when Nestogy desk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::SettingsRetentionForm</name>
    <message>
        <source>Retention is set up here once the alert receiver has opened its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days resolved alerts are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days finished jobs are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the delivery log is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved &amp;alerts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished &amp;jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what the saved periods say is old enough, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts still open, alerts of tickets not yet resolved, jobs waiting or failed for good, tickets and the audit log are never deleted. The receiver purges every hour; the periods apply to every workstation and receiver sharing this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention saved for every workstation and receiver sharing this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resolved alert(s)</source>
        <translation>
            <numerusform>%n resolved alert</numerusform>
            <numerusform>%n resolved alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s)</source>
        <translation>
            <numerusform>%n finished job</numerusform>
            <numerusform>%n finished jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery log entry(s)</source>
        <translation type="vanished">
            <numerusform>%n delivery log entry</numerusform>
            <numerusform>%n delivery log entrys</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1, then stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save first: the purge uses the saved periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delivery log record(s)</source>
        <translation>
            <numerusform>%n delivery log record</numerusform>
            <numerusform>%n delivery log records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nestogy::SeverityMapEditor</name>
    <message>
        <source>Words your RMM sends as severity, and what they mean here. Words not listed use the provider&apos;s usual meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word from the RMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity for row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::SeverityTile</name>
    <message>
        <source>%1 acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unresolved, %2 of them acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::SlaRiskList</name>
    <message>
        <source>Tickets closest to their SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::TicketDetailView</name>
    <message>
        <source>Why it is assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (done %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (done late, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by the RMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::TicketEditor</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the ticket&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the status, priority, assignee and note (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::TicketFilterBar</name>
    <message>
        <source>Show tickets with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tickets with priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tickets assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject, number, client or technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::TicketPatchRunner</name>
    <message>
        <source>The ticket could not be changed: the alert receiver is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be changed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::TicketTableModel</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::TicketsPane</name>
    <message>
        <source>Tickets created from alerts will be listed here, with their priority, technician and SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the tickets again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply ticket changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technicians could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ticket no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestogy::TrayNotifier</name>
    <message>
        <source>Nestogy desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Nestogy desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
