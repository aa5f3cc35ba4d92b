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
        <source>Devices reported by your RMM tools will be listed here, with the assets and clients they belong to.</source>
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
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, inactive)</source>
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
    <name>nestogy::SettingsPane</name>
    <message>
        <source>The listener address, the database, technicians and SLA policies will be configured here.</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
