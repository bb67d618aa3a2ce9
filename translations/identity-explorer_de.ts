<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ie::ApiError</name>
        <message>
            <source>The service could not be reached.</source>
            <translation>Der Dienst war nicht erreichbar.</translation>
        </message>
        <message>
            <source>Check the network connection and the cloud's endpoints, then try again.</source>
            <translation>Prüfen Sie die Netzwerkverbindung und die Endpunkte der Cloud und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The service did not answer in time.</source>
            <translation>Der Dienst hat nicht rechtzeitig geantwortet.</translation>
        </message>
        <message>
            <source>Try again; if it keeps happening, the service may be overloaded.</source>
            <translation>Versuchen Sie es erneut; wenn das wieder geschieht, ist der Dienst vielleicht überlastet.</translation>
        </message>
        <message>
            <source>The operation was cancelled.</source>
            <translation>Der Vorgang wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The service is throttling requests and the retries ran out.</source>
            <translation>Der Dienst drosselt die Anfragen, und die Wiederholungsversuche sind aufgebraucht.</translation>
        </message>
        <message numerus="yes">
            <source>Wait %n second(s) and try again.</source>
            <translation>
                <numerusform>Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
                <numerusform>Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
            </translation>
        </message>
        <message>
            <source>The service did not accept the sign-in.</source>
            <translation>Der Dienst hat die Anmeldung nicht akzeptiert.</translation>
        </message>
        <message>
            <source>Sign in again, or check that the token is for this service and tenant.</source>
            <translation>Melden Sie sich erneut an oder prüfen Sie, ob das Token für diesen Dienst und Mandanten ausgestellt ist.</translation>
        </message>
        <message>
            <source>The signed-in identity lacks a permission this needs.</source>
            <translation>Der angemeldeten Identität fehlt eine dafür nötige Berechtigung.</translation>
        </message>
        <message>
            <source>Ask an administrator for the permission, or sign in with another identity.</source>
            <translation>Bitten Sie einen Administrator um die Berechtigung oder melden Sie sich mit einer anderen Identität an.</translation>
        </message>
        <message>
            <source>The object was not found.</source>
            <translation>Das Objekt wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>It may have been deleted, or not be replicated yet; reload and try again.</source>
            <translation>Es wurde vielleicht gelöscht oder ist noch nicht repliziert; laden Sie neu und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The service sent an answer that could not be read.</source>
            <translation>Der Dienst hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
        </message>
        <message>
            <source>Try again; if it persists, report it with the request id.</source>
            <translation>Versuchen Sie es erneut; wenn der Fehler bleibt, melden Sie ihn mit der Anforderungs-ID.</translation>
        </message>
        <message>
            <source>The service's answer broke the protocol and was not followed.</source>
            <translation>Die Antwort des Dienstes verletzte das Protokoll und wurde nicht befolgt.</translation>
        </message>
        <message>
            <source>The rows loaded so far are kept; try again later.</source>
            <translation>Die bisher geladenen Zeilen bleiben erhalten; versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>No token could be obtained.</source>
            <translation>Es konnte kein Token beschafft werden.</translation>
        </message>
        <message>
            <source>Check the sign-in method and its settings.</source>
            <translation>Prüfen Sie die Anmeldemethode und ihre Einstellungen.</translation>
        </message>
        <message>
            <source>The system keychain could not be used.</source>
            <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden.</translation>
        </message>
        <message>
            <source>Unlock the keychain (Secret Service) or start one, then try again. Secrets are never stored elsewhere.</source>
            <translation>Entsperren Sie den Schlüsselbund (Secret Service) oder starten Sie einen und versuchen Sie es dann erneut. Geheimnisse werden nirgendwo anders gespeichert.</translation>
        </message>
        <message>
            <source>The input is not valid.</source>
            <translation>Die Eingabe ist ungültig.</translation>
        </message>
        <message>
            <source>This is not possible here.</source>
            <translation>Das ist hier nicht möglich.</translation>
        </message>
        <message>
            <source>The service failed to handle the request.</source>
            <translation>Der Dienst konnte die Anfrage nicht verarbeiten.</translation>
        </message>
        <message>
            <source>The service refused the request.</source>
            <translation>Der Dienst hat die Anfrage abgelehnt.</translation>
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation>Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>HTTP status %1.</source>
            <translation>HTTP-Status %1.</translation>
        </message>
        <message>
            <source>Request id %1.</source>
            <translation>Anforderungs-ID %1.</translation>
        </message>
        <message>
            <source>Wait a minute and try again.</source>
            <translation>Warten Sie eine Minute und versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>ie::Cloud</name>
        <message>
            <source>Azure (public)</source>
            <translation>Azure (öffentlich)</translation>
        </message>
        <message>
            <source>Azure US Government</source>
            <translation>Azure US Government</translation>
        </message>
        <message>
            <source>Azure China (21Vianet)</source>
            <translation>Azure China (21Vianet)</translation>
        </message>
        <message>
            <source>Sandbox tenant</source>
            <translation>Sandbox-Mandant</translation>
        </message>
        <message>
            <source>The cloud configuration is not a JSON object: %1</source>
            <translation>Die Cloud-Konfiguration ist kein JSON-Objekt: %1</translation>
        </message>
        <message>
            <source>The cloud configuration needs at least endpoints.activeDirectory and endpoints.resourceManager.</source>
            <translation>Die Cloud-Konfiguration braucht mindestens endpoints.activeDirectory und endpoints.resourceManager.</translation>
        </message>
        <message>
            <source>Cannot read the CA file %1: %2</source>
            <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The CA file %1 holds no PEM certificate.</source>
            <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::AzureCliCredential</name>
        <message>
            <source>The resource or tenant contains characters the Azure CLI is not given: %1</source>
            <translation>Die Ressource oder der Mandant enthält Zeichen, die der Azure CLI nicht übergeben werden: %1</translation>
        </message>
        <message>
            <source>The Azure CLI (az) is not installed or not on PATH. Install it and run 'az login', or choose another way to sign in.</source>
            <translation>Die Azure CLI (az) ist nicht installiert oder nicht im PATH. Installieren Sie sie und führen Sie „az login“ aus, oder wählen Sie eine andere Anmeldeart.</translation>
        </message>
        <message numerus="yes">
            <source>The Azure CLI did not answer within %n second(s).</source>
            <translation>
                <numerusform>Die Azure CLI hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
                <numerusform>Die Azure CLI hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
            </translation>
        </message>
        <message>
            <source>The Azure CLI was stopped.</source>
            <translation>Die Azure CLI wurde beendet.</translation>
        </message>
        <message>
            <source>The Azure CLI could not be started: %1</source>
            <translation>Die Azure CLI konnte nicht gestartet werden: %1</translation>
        </message>
        <message>
            <source>The Azure CLI printed no access token with an expiry: is it a very old version? Run 'az upgrade'.</source>
            <translation>Die Azure CLI hat kein Zugriffstoken mit Ablaufzeit ausgegeben – eine sehr alte Version? Führen Sie „az upgrade“ aus.</translation>
        </message>
        <message>
            <source>The Azure CLI is not logged in. Run 'az login' and try again.</source>
            <translation>Die Azure CLI ist nicht angemeldet. Führen Sie „az login“ aus und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The Azure CLI needs you to sign in again. Run 'az login' and try again.</source>
            <translation>Die Azure CLI verlangt eine erneute Anmeldung. Führen Sie „az login“ aus und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The Azure CLI needs you to sign in to tenant %1 again. Run 'az login --tenant %1' and try again.</source>
            <translation>Die Azure CLI verlangt eine erneute Anmeldung beim Mandanten %1. Führen Sie „az login --tenant %1“ aus und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The Azure CLI failed with exit code %1 and said nothing.</source>
            <translation>Die Azure CLI ist mit Exitcode %1 fehlgeschlagen, ohne eine Meldung auszugeben.</translation>
        </message>
        <message>
            <source>The Azure CLI failed: %1</source>
            <translation>Die Azure CLI ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Azure CLI</source>
            <translation>Azure CLI</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::ChainedCredential</name>
        <message>
            <source>%1 (from the chain)</source>
            <translation>%1 (aus der Kette)</translation>
        </message>
        <message>
            <source>Default chain</source>
            <translation>Standardkette</translation>
        </message>
        <message>
            <source>not tried</source>
            <translation>nicht versucht</translation>
        </message>
        <message>
            <source>skipped: %1</source>
            <translation>übersprungen: %1</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>signed in</source>
            <translation>angemeldet</translation>
        </message>
        <message>
            <source>The chain holds no credential.</source>
            <translation>Die Kette enthält keine Anmeldeinformationen.</translation>
        </message>
        <message>
            <source>No way of signing in worked. %1</source>
            <translation>Keine Anmeldeart hat funktioniert. %1</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::ClientSecretCredential</name>
        <message>
            <source>Workload identity (federated token)</source>
            <translation>Workload-Identität (Verbundtoken)</translation>
        </message>
        <message>
            <source>Client secret</source>
            <translation>Geheimer Clientschlüssel</translation>
        </message>
        <message>
            <source>The token endpoint's answer has no access token.</source>
            <translation>Die Antwort des Tokenendpunkts enthält kein Zugriffstoken.</translation>
        </message>
        <message>
            <source>No HTTP client.</source>
            <translation>Kein HTTP-Client.</translation>
        </message>
        <message>
            <source>A tenant and a client id are needed to sign in as an application.</source>
            <translation>Zur Anmeldung als Anwendung werden ein Mandant und eine Client-ID benötigt.</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::DeviceCodeCredential</name>
        <message>
            <source>No HTTP client.</source>
            <translation>Kein HTTP-Client.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>The device code answer has no device_code.</source>
            <translation>Die Antwort auf die Gerätecode-Anfrage enthält keinen device_code.</translation>
        </message>
        <message>
            <source>The sign-in was declined in the browser. Start again to retry.</source>
            <translation>Die Anmeldung wurde im Browser abgelehnt. Beginnen Sie erneut, um es noch einmal zu versuchen.</translation>
        </message>
        <message numerus="yes">
            <source>The code expired before the sign-in was finished. Start again and enter the new code within %n minute(s).</source>
            <translation>
                <numerusform>Der Code ist abgelaufen, bevor die Anmeldung abgeschlossen wurde. Beginnen Sie erneut und geben Sie den neuen Code innerhalb von %n Minute ein.</numerusform>
                <numerusform>Der Code ist abgelaufen, bevor die Anmeldung abgeschlossen wurde. Beginnen Sie erneut und geben Sie den neuen Code innerhalb von %n Minuten ein.</numerusform>
            </translation>
        </message>
        <message>
            <source>Device code</source>
            <translation>Gerätecode</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::EnvironmentCredential</name>
        <message>
            <source>Not configured: %1 not set.</source>
            <translation>Nicht eingerichtet: %1 nicht gesetzt.</translation>
        </message>
        <message>
            <source>Cannot read the federated token file %1 (AZURE_FEDERATED_TOKEN_FILE): %2</source>
            <translation>Die Verbundtokendatei %1 (AZURE_FEDERATED_TOKEN_FILE) kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The federated token file %1 is empty.</source>
            <translation>Die Verbundtokendatei %1 ist leer.</translation>
        </message>
        <message>
            <source>Workload identity (AZURE_FEDERATED_TOKEN_FILE)</source>
            <translation>Workload-Identität (AZURE_FEDERATED_TOKEN_FILE)</translation>
        </message>
        <message>
            <source>Environment variables (AZURE_CLIENT_ID, ...)</source>
            <translation>Umgebungsvariablen (AZURE_CLIENT_ID, …)</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::ManagedIdentityCredential</name>
        <message>
            <source>Managed identity (App Service)</source>
            <translation>Verwaltete Identität (App Service)</translation>
        </message>
        <message>
            <source>Managed identity (Azure Arc)</source>
            <translation>Verwaltete Identität (Azure Arc)</translation>
        </message>
        <message>
            <source>Managed identity (Cloud Shell)</source>
            <translation>Verwaltete Identität (Cloud Shell)</translation>
        </message>
        <message>
            <source>Managed identity (IMDS)</source>
            <translation>Verwaltete Identität (IMDS)</translation>
        </message>
        <message>
            <source>Name a user-assigned identity by one of client id, object id or resource id, not several.</source>
            <translation>Geben Sie eine benutzerseitig zugewiesene Identität mit genau einem Wert an: Client-ID, Objekt-ID oder Ressourcen-ID.</translation>
        </message>
        <message>
            <source>Azure Arc does not support user-assigned managed identities: leave the client id out.</source>
            <translation>Azure Arc unterstützt keine benutzerseitig zugewiesenen verwalteten Identitäten: Lassen Sie die Client-ID weg.</translation>
        </message>
        <message>
            <source>Cloud Shell names a user-assigned identity only by its client id.</source>
            <translation>Cloud Shell benennt eine benutzerseitig zugewiesene Identität nur über ihre Client-ID.</translation>
        </message>
        <message>
            <source>No HTTP client.</source>
            <translation>Kein HTTP-Client.</translation>
        </message>
        <message>
            <source>The managed identity endpoint %1 is not a URL.</source>
            <translation>Der Endpunkt der verwalteten Identität %1 ist keine URL.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>No managed identity endpoint here: IMDS at %1 did not answer within %2 ms. Outside Azure, choose another way to sign in.</source>
            <translation>Hier gibt es keinen Endpunkt für verwaltete Identitäten: IMDS unter %1 hat nicht innerhalb von %2 ms geantwortet. Außerhalb von Azure wählen Sie bitte eine andere Anmeldeart.</translation>
        </message>
        <message>
            <source>The managed identity endpoint does not answer: %1</source>
            <translation>Der Endpunkt der verwalteten Identität antwortet nicht: %1</translation>
        </message>
        <message>
            <source>This machine has no such managed identity: check the client id, or assign the identity to the resource.</source>
            <translation>Dieser Computer hat keine solche verwaltete Identität: Prüfen Sie die Client-ID oder weisen Sie die Identität der Ressource zu.</translation>
        </message>
        <message>
            <source>The Azure Arc agent refused the key file's secret.</source>
            <translation>Der Azure Arc-Agent hat das Geheimnis aus der Schlüsseldatei abgelehnt.</translation>
        </message>
        <message>
            <source>The App Service identity endpoint refused IDENTITY_HEADER.</source>
            <translation>Der Identitätsendpunkt von App Service hat IDENTITY_HEADER abgelehnt.</translation>
        </message>
        <message>
            <source>The Azure Arc endpoint's challenge names no key file.</source>
            <translation>Die Abfrage des Azure Arc-Endpunkts nennt keine Schlüsseldatei.</translation>
        </message>
        <message>
            <source>The Azure Arc challenge names %1, which is not a key file in %2: refused.</source>
            <translation>Die Azure Arc-Abfrage nennt %1, das keine Schlüsseldatei in %2 ist: abgelehnt.</translation>
        </message>
        <message>
            <source>The Azure Arc key file %1 is larger than 4096 bytes: refused.</source>
            <translation>Die Azure Arc-Schlüsseldatei %1 ist größer als 4096 Byte: abgelehnt.</translation>
        </message>
        <message>
            <source>Cannot read the Azure Arc key file %1: %2 (the explorer must run as a member of the himds group).</source>
            <translation>Die Azure Arc-Schlüsseldatei %1 kann nicht gelesen werden: %2 (der Explorer muss als Mitglied der Gruppe himds laufen).</translation>
        </message>
        <message>
            <source>The managed identity endpoint's answer has no access token or no expiry.</source>
            <translation>Die Antwort des Endpunkts der verwalteten Identität enthält kein Zugriffstoken oder keine Ablaufzeit.</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::PastedTokenCredential</name>
        <message>
            <source>This is not an access token (a JWT of three dot-separated parts).</source>
            <translation>Das ist kein Zugriffstoken (ein JWT aus drei durch Punkte getrennten Teilen).</translation>
        </message>
        <message>
            <source>The token names no audience (aud).</source>
            <translation>Das Token nennt keine Zielgruppe (aud).</translation>
        </message>
        <message>
            <source>The token has no expiry (exp).</source>
            <translation>Das Token hat keine Ablaufzeit (exp).</translation>
        </message>
        <message>
            <source>The pasted token expired at %1: paste a fresh one.</source>
            <translation>Das eingefügte Token ist am %1 abgelaufen: Fügen Sie ein neues ein.</translation>
        </message>
        <message>
            <source>The pasted token is for %1, not for %2: paste a token for %2.</source>
            <translation>Das eingefügte Token gilt für %1, nicht für %2: Fügen Sie ein Token für %2 ein.</translation>
        </message>
        <message>
            <source>Pasted token</source>
            <translation>Eingefügtes Token</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::SecretStore</name>
        <message>
            <source>No keychain is available (no Secret Service such as GNOME Keyring or KWallet is running). Start one, or sign in another way: secrets are never stored in a plain file.</source>
            <translation>Kein Schlüsselbund verfügbar (kein Secret Service wie GNOME Keyring oder KWallet läuft). Starten Sie einen oder melden Sie sich anders an: Geheimnisse werden nie in einer unverschlüsselten Datei gespeichert.</translation>
        </message>
        <message>
            <source>The keychain denied access (it may be locked). Unlock it and try again.</source>
            <translation>Der Schlüsselbund hat den Zugriff verweigert (er ist möglicherweise gesperrt). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The keychain holds no secret for %1.</source>
            <translation>Der Schlüsselbund enthält kein Geheimnis für %1.</translation>
        </message>
        <message>
            <source>This keychain cannot store secrets.</source>
            <translation>Dieser Schlüsselbund kann keine Geheimnisse speichern.</translation>
        </message>
        <message>
            <source>The keychain failed.</source>
            <translation>Der Schlüsselbund ist fehlgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::TokenCache</name>
        <message>
            <source>Not signed in: choose a way to sign in first.</source>
            <translation>Nicht angemeldet: Wählen Sie zuerst eine Anmeldeart.</translation>
        </message>
    </context>
    <context>
        <name>ie::catalog::Catalog</name>
        <message>
            <source>Documented by Microsoft but not on the Microsoft Graph service principal.</source>
            <translation>Von Microsoft dokumentiert, aber nicht im Dienstprinzipal von Microsoft Graph enthalten.</translation>
        </message>
        <message>
            <source>No longer a built-in role (last seen before %1); old role assignments may still point at it.</source>
            <translation>Keine integrierte Rolle mehr (zuletzt gesehen vor %1); alte Rollenzuweisungen können noch auf sie verweisen.</translation>
        </message>
        <message>
            <source>Owned by tenant %1</source>
            <translation>Im Besitz des Mandanten %1</translation>
        </message>
        <message>
            <source>Community-contributed name, less authoritative.</source>
            <translation>Von der Community beigetragener Name, weniger verlässlich.</translation>
        </message>
        <message>
            <source>Cannot read the bundled catalog file %1: %2</source>
            <translation>Die mitgelieferte Katalogdatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The bundled catalog file %1 is not valid JSON: %2</source>
            <translation>Die mitgelieferte Katalogdatei %1 ist kein gültiges JSON: %2</translation>
        </message>
        <message>
            <source>Application permission</source>
            <translation>Anwendungsberechtigung</translation>
        </message>
        <message>
            <source>Delegated permission</source>
            <translation>Delegierte Berechtigung</translation>
        </message>
        <message>
            <source>Azure role</source>
            <extracomment>An Azure RBAC role definition (not a Graph app role)</extracomment>
            <translation>Azure-Rolle</translation>
        </message>
        <message>
            <source>Directory role</source>
            <extracomment>A Microsoft Entra built-in directory role</extracomment>
            <translation>Verzeichnisrolle</translation>
        </message>
        <message>
            <source>First-party app</source>
            <translation>Microsoft-Erstanbieter-App</translation>
        </message>
        <message>
            <source>Tenant app role</source>
            <extracomment>An app role of one of the tenant's own applications</extracomment>
            <translation>App-Rolle des Mandanten</translation>
        </message>
        <message>
            <source>Other known GUID</source>
            <translation>Andere bekannte GUID</translation>
        </message>
        <message>
            <source>Untiered</source>
            <translation>Ohne Stufe</translation>
        </message>
        <message>
            <source>Tier 0</source>
            <translation>Stufe 0</translation>
        </message>
        <message>
            <source>Tier 1</source>
            <translation>Stufe 1</translation>
        </message>
        <message>
            <source>Tier 2</source>
            <translation>Stufe 2</translation>
        </message>
        <message>
            <source>Tier 3</source>
            <translation>Stufe 3</translation>
        </message>
        <message>
            <source>The cached tenant catalog is corrupt (%1).</source>
            <translation>Der zwischengespeicherte Mandantenkatalog ist beschädigt (%1).</translation>
        </message>
        <message>
            <source>The cached tenant catalog has an unknown format.</source>
            <translation>Der zwischengespeicherte Mandantenkatalog hat ein unbekanntes Format.</translation>
        </message>
        <message>
            <source>The cached tenant catalog is incomplete.</source>
            <translation>Der zwischengespeicherte Mandantenkatalog ist unvollständig.</translation>
        </message>
        <message>
            <source>The cached tenant catalog holds an invalid entry.</source>
            <translation>Der zwischengespeicherte Mandantenkatalog enthält einen ungültigen Eintrag.</translation>
        </message>
    </context>
    <context>
        <name>ie::catalog::ExportCommand</name>
        <message>
            <source>Set %1 to a bearer token for %2.</source>
            <translation>Setzen Sie %1 auf ein Bearer-Token für %2.</translation>
        </message>
        <message>
            <source>Reading %1</source>
            <translation>Lese %1</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>the tenant has no Microsoft Graph service principal</source>
            <translation>der Mandant hat keinen Dienstprinzipal für Microsoft Graph</translation>
        </message>
        <message>
            <source>cannot create %1</source>
            <translation>%1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Regenerate the bundled catalog files from a tenant's live Graph and ARM.</source>
            <translation>Die mitgelieferten Katalogdateien aus Graph und ARM eines Mandanten neu erzeugen.</translation>
        </message>
        <message>
            <source>Directory to write the files to.</source>
            <translation>Verzeichnis, in das die Dateien geschrieben werden.</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>Verzeichnis</translation>
        </message>
        <message>
            <source>Graph base URL (default: public cloud).</source>
            <translation>Basis-URL von Graph (Standard: öffentliche Cloud).</translation>
        </message>
        <message>
            <source>ARM base URL (default: public cloud).</source>
            <translation>Basis-URL von ARM (Standard: öffentliche Cloud).</translation>
        </message>
        <message>
            <source>Subscription to read the built-in Azure roles from.</source>
            <translation>Abonnement, aus dem die integrierten Azure-Rollen gelesen werden.</translation>
        </message>
        <message>
            <source>User interface language.</source>
            <translation>Sprache der Benutzeroberfläche.</translation>
        </message>
        <message>
            <source>language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <source>usage: catalog-export --out DIR [--subscription ID]</source>
            <translation>Aufruf: catalog-export --out VERZEICHNIS [--subscription ID]</translation>
        </message>
        <message>
            <source>--graph and --arm need absolute URLs</source>
            <translation>--graph und --arm brauchen absolute URLs</translation>
        </message>
    </context>
    <context>
        <name>ie::catalog::LookupCommand</name>
        <message>
            <source>Look up a permission, role or app by name, words or GUID.</source>
            <translation>Sucht eine Berechtigung, Rolle oder App nach Name, Wörtern oder GUID.</translation>
        </message>
        <message>
            <source>Value, name, words or (partial) GUID.</source>
            <translation>Wert, Name, Wörter oder (teilweise) GUID.</translation>
        </message>
        <message>
            <source>Only results of this kind: app-role, scope, azure-role, directory-role, app, tenant-app-role, known-guid.</source>
            <translation>Nur Ergebnisse dieser Art: app-role, scope, azure-role, directory-role, app, tenant-app-role, known-guid.</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Print a JSON array.</source>
            <translation>Ein JSON-Array ausgeben.</translation>
        </message>
        <message>
            <source>At most N results (default 25; 0 for all).</source>
            <translation>Höchstens N Ergebnisse (Standard 25; 0 für alle).</translation>
        </message>
        <message>
            <source>Also search this tenant's cached live catalog (from the last refresh).</source>
            <translation>Auch den zwischengespeicherten Live-Katalog dieses Mandanten durchsuchen (von der letzten Aktualisierung).</translation>
        </message>
        <message>
            <source>tenant-id</source>
            <translation>Mandanten-ID</translation>
        </message>
        <message>
            <source>User interface language.</source>
            <translation>Sprache der Benutzeroberfläche.</translation>
        </message>
        <message>
            <source>language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <source>unknown kind "%1"</source>
            <translation>unbekannte Art „%1“</translation>
        </message>
        <message>
            <source>--limit needs a number of at least 0</source>
            <translation>--limit braucht eine Zahl von mindestens 0</translation>
        </message>
        <message>
            <source>nothing to look up: give a name, words or a GUID</source>
            <translation>nichts zu suchen: geben Sie einen Namen, Wörter oder eine GUID an</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>note: %1 is both an application permission and a delegated permission with different ids; an appRoleAssignment needs the application permission's id (%2).</source>
            <translation>Hinweis: %1 ist sowohl eine Anwendungsberechtigung als auch eine delegierte Berechtigung mit unterschiedlichen IDs; ein appRoleAssignment braucht die ID der Anwendungsberechtigung (%2).</translation>
        </message>
        <message>
            <source>no match for "%1"</source>
            <translation>kein Treffer für „%1“</translation>
        </message>
    </context>
    <context>
        <name>ie::catalog::Snippets</name>
        <message>
            <source>Graph REST (curl)</source>
            <translation>Graph REST (curl)</translation>
        </message>
        <message>
            <source>Azure CLI (az rest)</source>
            <translation>Azure CLI (az rest)</translation>
        </message>
        <message>
            <source>Microsoft Graph PowerShell</source>
            <translation>Microsoft Graph PowerShell</translation>
        </message>
        <message>
            <source>Bicep (Microsoft Graph extension)</source>
            <translation>Bicep (Microsoft Graph-Erweiterung)</translation>
        </message>
        <message>
            <source>Terraform (azuread)</source>
            <translation>Terraform (azuread)</translation>
        </message>
        <message>
            <source>Azure CLI (az role assignment create)</source>
            <translation>Azure CLI (az role assignment create)</translation>
        </message>
        <message>
            <source>Terraform (azurerm)</source>
            <translation>Terraform (azurerm)</translation>
        </message>
        <message>
            <source>Bicep</source>
            <translation>Bicep</translation>
        </message>
    </context>
    <context>
        <name>ie::catalog::TenantRefreshJob</name>
        <message>
            <source>The catalog refresh was cancelled.</source>
            <translation>Die Aktualisierung des Katalogs wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Reading Microsoft Graph's permissions in this tenant…</source>
            <translation>Lese die Berechtigungen von Microsoft Graph in diesem Mandanten…</translation>
        </message>
        <message>
            <source>The tenant's Microsoft Graph service principal came back in an unexpected shape.</source>
            <translation>Der Dienstprinzipal von Microsoft Graph kam in einer unerwarteten Form zurück.</translation>
        </message>
        <message>
            <source>Reading the app roles of every service principal…</source>
            <translation>Lese die App-Rollen aller Dienstprinzipale…</translation>
        </message>
        <message>
            <source>Reading the tenant's custom Azure roles…</source>
            <translation>Lese die benutzerdefinierten Azure-Rollen des Mandanten…</translation>
        </message>
        <message>
            <source>Custom Azure roles could not be read: %1</source>
            <translation>Benutzerdefinierte Azure-Rollen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Custom roles of subscription %1 could not be read: %2</source>
            <translation>Benutzerdefinierte Rollen des Abonnements %1 konnten nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot create the cache folder for %1.</source>
            <translation>Der Cache-Ordner für %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Cannot write the catalog cache %1: %2</source>
            <translation>Der Katalog-Cache %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>No cached catalog for tenant %1.</source>
            <translation>Kein zwischengespeicherter Katalog für den Mandanten %1.</translation>
        </message>
        <message>
            <source>Cannot read the catalog cache %1: %2</source>
            <translation>Der Katalog-Cache %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The cached catalog of tenant %1 (%2) is unusable and was ignored; the bundled catalog still works. Refresh to fetch it again. (%3)</source>
            <translation>Der zwischengespeicherte Katalog des Mandanten %1 (%2) ist unbrauchbar und wurde ignoriert; der mitgelieferte Katalog funktioniert weiter. Aktualisieren Sie, um ihn neu abzurufen. (%3)</translation>
        </message>
        <message>
            <source>The catalog cache %1 belongs to another tenant and was ignored.</source>
            <translation>Der Katalog-Cache %1 gehört zu einem anderen Mandanten und wurde ignoriert.</translation>
        </message>
    </context>
    <context>
        <name>ie::cli::CredentialOptions</name>
        <message>
            <source>Unknown credential '%1': use one of %2.</source>
            <translation>Unbekannte Anmeldeart „%1“: Verwenden Sie eine von %2.</translation>
        </message>
        <message>
            <source>Give either --cloud or --cloud-config, not both.</source>
            <translation>Geben Sie entweder --cloud oder --cloud-config an, nicht beides.</translation>
        </message>
        <message>
            <source>Cannot read the cloud configuration %1: %2</source>
            <translation>Die Cloudkonfiguration %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Unknown cloud '%1': use one of %2, or --cloud-config FILE for a custom cloud.</source>
            <translation>Unbekannte Cloud „%1“: Verwenden Sie eine von %2 oder --cloud-config DATEI für eine benutzerdefinierte Cloud.</translation>
        </message>
        <message>
            <source>The sandbox credential needs --cloud-config FILE: the cloud configuration 'identity-explorer sandbox' writes.</source>
            <translation>Die Sandbox-Anmeldung benötigt --cloud-config DATEI: die Cloudkonfiguration, die „identity-explorer sandbox“ schreibt.</translation>
        </message>
        <message>
            <source>Sandbox admin app</source>
            <translation>Sandbox-Admin-App</translation>
        </message>
        <message>
            <source>The client secret credential needs --tenant and --client-id.</source>
            <translation>Die Anmeldung mit geheimem Clientschlüssel benötigt --tenant und --client-id.</translation>
        </message>
        <message>
            <source>No keychain to read the secret from.</source>
            <translation>Kein Schlüsselbund, aus dem das Geheimnis gelesen werden könnte.</translation>
        </message>
        <message>
            <source>The keychain holds no client secret for %1 in tenant %2: store it first (--secret-stdin, or the sign-in dialog).</source>
            <translation>Der Schlüsselbund enthält keinen geheimen Clientschlüssel für %1 im Mandanten %2: Speichern Sie ihn zuerst (--secret-stdin oder der Anmeldedialog).</translation>
        </message>
        <message>
            <source>The %1 credential is not available from the command line in this version: use cli, device-code, secret, managed-identity or environment.</source>
            <translation>Die Anmeldeart %1 ist in dieser Version über die Befehlszeile nicht verfügbar: Verwenden Sie cli, device-code, secret, managed-identity oder environment.</translation>
        </message>
    </context>
    <context>
        <name>ie::models::ActivityModel</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>attempt %1 %2</source>
            <translation>Versuch %1 %2</translation>
        </message>
        <message>
            <source>%1 %2
status %3, %4 ms, attempt %5
request-id %6
client-request-id %7
%8</source>
            <translation>%1 %2
Status %3, %4 ms, Versuch %5
request-id %6
client-request-id %7
%8</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
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
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Request id</source>
            <translation>Anforderungs-ID</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
    </context>
    <context>
        <name>ie::models::CatalogSearchModel</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>A group of lookup results: kind and number of results</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source> (new)</source>
            <extracomment>Marks a catalog entry the tenant has and the bundled data does not</extracomment>
            <translation> (neu)</translation>
        </message>
        <message>
            <source> (gone)</source>
            <extracomment>Marks a bundled catalog entry the tenant no longer has</extracomment>
            <translation> (entfallen)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>GUID</source>
            <translation>GUID</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Resource</source>
            <extracomment>The API (resource application) a permission belongs to</extracomment>
            <translation>Ressource</translation>
        </message>
    </context>
    <context>
        <name>ie::models::IdentityLoader</name>
        <message>
            <source>Graph is busy (%1); retry %2 in %3 s.</source>
            <translation>Graph ist ausgelastet (%1); Wiederholung %2 in %3 s.</translation>
        </message>
        <message>
            <source>Service principals: %1</source>
            <translation>Dienstprinzipale: %1</translation>
        </message>
        <message>
            <source>Subscriptions could not be listed, so the managed identities' resources are not shown: %1</source>
            <translation>Die Abonnements konnten nicht aufgelistet werden, daher werden die Ressourcen der verwalteten Identitäten nicht angezeigt: %1</translation>
        </message>
        <message>
            <source>Subscription %1 could not be read and was skipped: %2</source>
            <translation>Das Abonnement %1 konnte nicht gelesen werden und wurde übersprungen: %2</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>ie::models::IdentityTreeModel</name>
        <message>
            <source>Managed identities</source>
            <translation>Verwaltete Identitäten</translation>
        </message>
        <message>
            <source>Service principals</source>
            <translation>Dienstprinzipale</translation>
        </message>
        <message>
            <source>User-assigned</source>
            <translation>Benutzerseitig zugewiesen</translation>
        </message>
        <message>
            <source>System-assigned</source>
            <translation>Systemseitig zugewiesen</translation>
        </message>
        <message>
            <source>This tenant's applications</source>
            <translation>Anwendungen dieses Mandanten</translation>
        </message>
        <message>
            <source>Microsoft first-party</source>
            <translation>Microsoft-Erstanbieter</translation>
        </message>
        <message>
            <source>Other (legacy, social identity providers, ...)</source>
            <translation>Andere (Legacy, soziale Identitätsanbieter, …)</translation>
        </message>
        <message>
            <source>Virtual machines</source>
            <translation>Virtuelle Computer</translation>
        </message>
        <message>
            <source>Virtual machine scale sets</source>
            <translation>VM-Skalierungsgruppen</translation>
        </message>
        <message>
            <source>Function and web apps</source>
            <translation>Funktions- und Web-Apps</translation>
        </message>
        <message>
            <source>Container apps</source>
            <translation>Container-Apps</translation>
        </message>
        <message>
            <source>Logic apps</source>
            <translation>Logik-Apps</translation>
        </message>
        <message>
            <source>Container instances</source>
            <translation>Containerinstanzen</translation>
        </message>
        <message>
            <source>Unknown resource type</source>
            <translation>Unbekannter Ressourcentyp</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>System-assigned (resource gone)</source>
            <translation>Systemseitig zugewiesen (Ressource entfernt)</translation>
        </message>
        <message>
            <source>User-assigned (resource gone)</source>
            <translation>Benutzerseitig zugewiesen (Ressource entfernt)</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>Microsoft application</source>
            <translation>Microsoft-Anwendung</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>App (client) id</source>
            <translation>Anwendungs-ID (Client)</translation>
        </message>
        <message>
            <source>Object (principal) id</source>
            <translation>Objekt-ID (Prinzipal)</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
    </context>
    <context>
        <name>ie::net::BatchJob</name>
        <message>
            <source>The batch answer has no response for this request.</source>
            <translation>Die Batch-Antwort enthält keine Antwort auf diese Anfrage.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>ie::net::HttpClient</name>
        <message>
            <source>HTTP %1 with an empty body.</source>
            <translation>HTTP %1 mit leerem Inhalt.</translation>
        </message>
    </context>
    <context>
        <name>ie::net::HttpJob</name>
        <message>
            <source>Not a valid absolute URL: %1</source>
            <translation>Keine gültige absolute URL: %1</translation>
        </message>
        <message>
            <source>Refused to send a token for %1 to %2: that host does not belong to this audience in the %3 cloud.</source>
            <translation>Ein Token für %1 wird nicht an %2 gesendet: Dieser Host gehört in der Cloud %3 nicht zu dieser Zielgruppe.</translation>
        </message>
        <message numerus="yes">
            <source>No answer from %1 within %n second(s).</source>
            <translation>
                <numerusform>Keine Antwort von %1 innerhalb von %n Sekunde.</numerusform>
                <numerusform>Keine Antwort von %1 innerhalb von %n Sekunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Too many redirects.</source>
            <translation>Zu viele Weiterleitungen.</translation>
        </message>
        <message>
            <source>token refused; retrying once with a fresh token</source>
            <translation>Token abgelehnt; einmaliger neuer Versuch mit frischem Token</translation>
        </message>
        <message>
            <source>claims challenge; retrying once with a fresh token</source>
            <translation>Claims-Challenge; einmaliger neuer Versuch mit frischem Token</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message numerus="yes">
            <source>The answer from %1 is not valid JSON (%n byte(s)).</source>
            <translation>
                <numerusform>Die Antwort von %1 ist kein gültiges JSON (%n Byte).</numerusform>
                <numerusform>Die Antwort von %1 ist kein gültiges JSON (%n Bytes).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Gave up after %n attempt(s): the next retry would pass the deadline. Last problem: %1</source>
            <translation>
                <numerusform>Nach %n Versuch aufgegeben: Der nächste Versuch würde die Frist überschreiten. Letztes Problem: %1</numerusform>
                <numerusform>Nach %n Versuchen aufgegeben: Der nächste Versuch würde die Frist überschreiten. Letztes Problem: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>ie::net::PageJob</name>
        <message>
            <source>A page of results has no "value" list.</source>
            <translation>Eine Ergebnisseite hat keine „value“-Liste.</translation>
        </message>
        <message>
            <source>The service sent a next-page link to another host (%1); it was not followed.</source>
            <translation>Der Dienst hat einen Link zur nächsten Seite auf einem anderen Host (%1) gesendet; ihm wurde nicht gefolgt.</translation>
        </message>
        <message>
            <source>The service sent a next-page link to a page already loaded; paging stopped to avoid a loop.</source>
            <translation>Der Dienst hat einen Link zu einer bereits geladenen Seite gesendet; das Blättern wurde angehalten, um eine Schleife zu vermeiden.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::GuidLookupWidget</name>
        <message>
            <source>Copy &amp;GUID</source>
            <translation>&amp;GUID kopieren</translation>
        </message>
        <message>
            <source>Copy &amp;value</source>
            <translation>&amp;Wert kopieren</translation>
        </message>
        <message>
            <source>G&amp;rant to…</source>
            <translation>&amp;Erteilen an…</translation>
        </message>
        <message>
            <source>Permission, role or app: a name, words in any order, or a (partial) GUID</source>
            <translation>Berechtigung, Rolle oder App: ein Name, Wörter in beliebiger Reihenfolge oder eine (teilweise) GUID</translation>
        </message>
        <message>
            <source>Copy selection as table</source>
            <translation>Auswahl als Tabelle kopieren</translation>
        </message>
        <message>
            <source>Copy GUID</source>
            <translation>GUID kopieren</translation>
        </message>
        <message numerus="yes">
            <source>Type to search %n catalog entries.</source>
            <translation>
                <numerusform>Tippen Sie, um %n Katalogeintrag zu durchsuchen.</numerusform>
                <numerusform>Tippen Sie, um %n Katalogeinträge zu durchsuchen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nichts gefunden.</translation>
        </message>
        <message numerus="yes">
            <source>The best %n results; type more to narrow them.</source>
            <translation>
                <numerusform>Das beste Ergebnis; tippen Sie weiter, um einzugrenzen.</numerusform>
                <numerusform>Die besten %n Ergebnisse; tippen Sie weiter, um einzugrenzen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s).</source>
            <translation>
                <numerusform>%n Ergebnis.</numerusform>
                <numerusform>%n Ergebnisse.</numerusform>
            </translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>GUID</source>
            <translation>GUID</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Resource appId</source>
            <translation>appId der Ressource</translation>
        </message>
        <message>
            <source>Resource object id in this tenant</source>
            <translation>Objekt-ID der Ressource in diesem Mandanten</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>Admin consent required</source>
            <translation>Administratoreinwilligung erforderlich</translation>
        </message>
        <message>
            <source>Users may consent</source>
            <translation>Benutzer dürfen einwilligen</translation>
        </message>
        <message>
            <source>User consent name</source>
            <translation>Name bei Benutzereinwilligung</translation>
        </message>
        <message>
            <source>User consent description</source>
            <translation>Beschreibung bei Benutzereinwilligung</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Aktiviert</translation>
        </message>
        <message>
            <source>No: this permission is disabled</source>
            <translation>Nein: Diese Berechtigung ist deaktiviert</translation>
        </message>
        <message>
            <source>Microsoft privilege level</source>
            <extracomment>Microsoft's own 1-5 privilege rating of a Graph permission</extracomment>
            <translation>Berechtigungsstufe laut Microsoft</translation>
        </message>
        <message>
            <source>Untiered (not in the tier data; not a sign of safety)</source>
            <translation>Ohne Stufe (nicht in den Stufendaten; kein Zeichen von Unbedenklichkeit)</translation>
        </message>
        <message>
            <source>Privilege tier</source>
            <translation>Privilegienstufe</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Aktionen</translation>
        </message>
        <message>
            <source>Not actions</source>
            <translation>Ausgenommene Aktionen</translation>
        </message>
        <message>
            <source>Data actions</source>
            <translation>Datenaktionen</translation>
        </message>
        <message>
            <source>Not data actions</source>
            <translation>Ausgenommene Datenaktionen</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Bedingung</translation>
        </message>
        <message>
            <source>Role type</source>
            <translation>Rollentyp</translation>
        </message>
        <message>
            <source>Custom role of this tenant</source>
            <translation>Benutzerdefinierte Rolle dieses Mandanten</translation>
        </message>
        <message>
            <source>Former names</source>
            <translation>Frühere Namen</translation>
        </message>
        <message>
            <source>Identifier URIs</source>
            <translation>Bezeichner-URIs</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Live from tenant %1, fetched %2</source>
            <translation>Live aus dem Mandanten %1, abgerufen %2</translation>
        </message>
        <message>
            <source>Bundled (%1, copied %2)</source>
            <translation>Mitgeliefert (%1, übernommen %2)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>In the tenant</source>
            <translation>Im Mandanten</translation>
        </message>
        <message>
            <source>Yes, confirmed by the tenant's own data</source>
            <translation>Ja, von den Daten des Mandanten bestätigt</translation>
        </message>
        <message>
            <source>New: the tenant has it, the bundled data does not</source>
            <translation>Neu: Der Mandant hat sie, die mitgelieferten Daten nicht</translation>
        </message>
        <message>
            <source>Gone: the bundled data has it, the tenant no longer does</source>
            <translation>Entfallen: Die mitgelieferten Daten haben sie, der Mandant nicht mehr</translation>
        </message>
        <message>
            <source>Select a result to see every field and ready-to-run grant snippets.</source>
            <translation>Wählen Sie ein Ergebnis, um alle Felder und sofort ausführbare Snippets zum Erteilen zu sehen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 is also an application permission, with a different id.&lt;/b&gt; This is the delegated one. An appRoleAssignment for a managed identity needs the application permission's id %2. &lt;a href="twin"&gt;Show it&lt;/a&gt;</source>
            <translation>&lt;b&gt;%1 ist auch eine Anwendungsberechtigung, mit einer anderen ID.&lt;/b&gt; Dies ist die delegierte. Ein appRoleAssignment für eine verwaltete Identität braucht die ID der Anwendungsberechtigung %2. &lt;a href="twin"&gt;Anzeigen&lt;/a&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 is also a delegated permission, with a different id.&lt;/b&gt; An appRoleAssignment needs this one, the application permission's id %2; the delegated id does not work there. &lt;a href="twin"&gt;Show the delegated one&lt;/a&gt;</source>
            <translation>&lt;b&gt;%1 ist auch eine delegierte Berechtigung, mit einer anderen ID.&lt;/b&gt; Ein appRoleAssignment braucht diese hier, die ID der Anwendungsberechtigung %2; die delegierte ID funktioniert dort nicht. &lt;a href="twin"&gt;Die delegierte anzeigen&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Copy snippet</source>
            <translation>Snippet kopieren</translation>
        </message>
        <message>
            <source>Kind	GUID	Name	Resource	Description</source>
            <extracomment>Column names of a copied table of lookup results; keep the tabs</extracomment>
            <translation>Art	GUID	Name	Ressource	Beschreibung</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::IdentitiesWidget</name>
        <message>
            <source>Search &amp;tenant</source>
            <translation>Im Mandanten &amp;suchen</translation>
        </message>
        <message>
            <source>C&amp;olumns</source>
            <translation>&amp;Spalten</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
        </message>
        <message>
            <source>Copy &amp;object id</source>
            <translation>&amp;Objekt-ID kopieren</translation>
        </message>
        <message>
            <source>Copy &amp;app id</source>
            <translation>&amp;App-ID kopieren</translation>
        </message>
        <message>
            <source>Open in &amp;portal</source>
            <translation>Im &amp;Portal öffnen</translation>
        </message>
        <message>
            <source>Filter by name, object id, app id, type or resource</source>
            <translation>Nach Name, Objekt-ID, App-ID, Typ oder Ressource filtern</translation>
        </message>
        <message>
            <source>Ask Graph for the service principals whose display name starts with these words, for tenants too big to load whole.</source>
            <translation>Graph nach den Dienstprinzipalen fragen, deren Anzeigename mit diesen Wörtern beginnt – für Mandanten, die zu groß sind, um sie ganz zu laden.</translation>
        </message>
        <message>
            <source>Not loaded.</source>
            <translation>Nicht geladen.</translation>
        </message>
        <message numerus="yes">
            <source>Loading… %n identities so far.</source>
            <translation>
                <numerusform>Lade… bisher %n Identität.</numerusform>
                <numerusform>Lade… bisher %n Identitäten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identities.</source>
            <translation>
                <numerusform>%n Identität.</numerusform>
                <numerusform>%n Identitäten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identities; %1</source>
            <translation>
                <numerusform>%n Identität; %1</numerusform>
                <numerusform>%n Identitäten; %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Loading cancelled: the list is incomplete (%n loaded).</source>
            <translation>
                <numerusform>Laden abgebrochen: Die Liste ist unvollständig (%n geladen).</numerusform>
                <numerusform>Laden abgebrochen: Die Liste ist unvollständig (%n geladen).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The list is incomplete (%n loaded): %1</source>
            <translation>
                <numerusform>Die Liste ist unvollständig (%n geladen): %1</numerusform>
                <numerusform>Die Liste ist unvollständig (%n geladen): %1</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;Select an identity to see what it is and its ids.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Wählen Sie eine Identität, um zu sehen, was sie ist, und ihre IDs.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>System-assigned managed identity: created with its resource and deleted with it.</source>
            <translation>Systemseitig zugewiesene verwaltete Identität: mit ihrer Ressource erstellt und mit ihr gelöscht.</translation>
        </message>
        <message>
            <source>User-assigned managed identity: a resource of its own that other resources use.</source>
            <translation>Benutzerseitig zugewiesene verwaltete Identität: eine eigene Ressource, die andere Ressourcen verwenden.</translation>
        </message>
        <message>
            <source>Service principal of an application registered in this tenant.</source>
            <translation>Dienstprinzipal einer in diesem Mandanten registrierten Anwendung.</translation>
        </message>
        <message>
            <source>Service principal of a Microsoft first-party application.</source>
            <translation>Dienstprinzipal einer Microsoft-Erstanbieteranwendung.</translation>
        </message>
        <message>
            <source>Service principal of type %1.</source>
            <translation>Dienstprinzipal vom Typ %1.</translation>
        </message>
        <message>
            <source>Object (principal) id</source>
            <translation>Objekt-ID (Prinzipal)</translation>
        </message>
        <message>
            <source>The portal's "Object (principal) ID", ARM's principalId, Graph's id: what role assignments and appRoleAssignments name.</source>
            <translation>Im Portal „Objekt-ID (Prinzipal)“, in ARM principalId, in Graph id: die ID, die Rollenzuweisungen und appRoleAssignments nennen.</translation>
        </message>
        <message>
            <source>App (client) id</source>
            <translation>Anwendungs-ID (Client)</translation>
        </message>
        <message>
            <source>The portal's "Application ID", a managed identity's client_id: what code asks a token for.</source>
            <translation>Im Portal „Anwendungs-ID“, bei einer verwalteten Identität die client_id: damit fordert Code ein Token an.</translation>
        </message>
        <message>
            <source>ARM confirms the resource.</source>
            <translation>ARM bestätigt die Ressource.</translation>
        </message>
        <message>
            <source>Orphaned: the resource no longer exists, but the identity does.</source>
            <translation>Verwaist: Die Ressource existiert nicht mehr, die Identität aber schon.</translation>
        </message>
        <message>
            <source>ARM cannot show this resource to you (no access to its subscription).</source>
            <translation>ARM kann Ihnen diese Ressource nicht zeigen (kein Zugriff auf ihr Abonnement).</translation>
        </message>
        <message>
            <source>Not checked with ARM yet.</source>
            <translation>Noch nicht mit ARM abgeglichen.</translation>
        </message>
        <message>
            <source>Identity resource</source>
            <translation>Identitätsressource</translation>
        </message>
        <message>
            <source>Backing resource</source>
            <translation>Zugehörige Ressource</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>Verwendet von</translation>
        </message>
        <message>
            <source>no resource ARM can show</source>
            <translation>keine Ressource, die ARM zeigen kann</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::MainWindow</name>
        <message>
            <source>Identity Explorer</source>
            <translation>Identity Explorer</translation>
        </message>
        <message>
            <source>Identities</source>
            <translation>Identitäten</translation>
        </message>
        <message>
            <source>Every managed identity and service principal of the tenant, with what it is attached to and what it may do.</source>
            <translation>Jede verwaltete Identität und jeder Dienstprinzipal des Mandanten, mit dem, woran sie hängen und was sie dürfen.</translation>
        </message>
        <message>
            <source>&amp;Identities</source>
            <translation>&amp;Identitäten</translation>
        </message>
        <message>
            <source>Grant permissions</source>
            <translation>Berechtigungen erteilen</translation>
        </message>
        <message>
            <source>Give and take Microsoft Graph app roles and Azure RBAC roles for the identity selected in the tree.</source>
            <translation>Microsoft Graph-App-Rollen und Azure RBAC-Rollen für die im Baum gewählte Identität erteilen und entziehen.</translation>
        </message>
        <message>
            <source>&amp;Grant</source>
            <translation>&amp;Erteilen</translation>
        </message>
        <message>
            <source>Token inspector</source>
            <translation>Token-Inspektor</translation>
        </message>
        <message>
            <source>Paste an access token to decode, explain and verify it.</source>
            <translation>Fügen Sie ein Zugriffstoken ein, um es zu dekodieren, zu erklären und zu prüfen.</translation>
        </message>
        <message>
            <source>&amp;Token inspector</source>
            <translation>&amp;Token-Inspektor</translation>
        </message>
        <message>
            <source>GUID lookup</source>
            <translation>GUID-Suche</translation>
        </message>
        <message>
            <source>Type a permission, role or app name, or a GUID, to see what it is.</source>
            <translation>Geben Sie den Namen einer Berechtigung, Rolle oder App oder eine GUID ein, um zu sehen, was sie ist.</translation>
        </message>
        <message>
            <source>GUID &amp;lookup</source>
            <translation>GUID-&amp;Suche</translation>
        </message>
        <message>
            <source>Identity Explorer — %1</source>
            <translation>Identity Explorer — %1</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Nicht angemeldet</translation>
        </message>
        <message>
            <source>Tenant: %1</source>
            <translation>Mandant: %1</translation>
        </message>
        <message>
            <source>Tenant: %1 — signed in as %2</source>
            <translation>Mandant: %1 — angemeldet als %2</translation>
        </message>
        <message>
            <source>Cloud: %1</source>
            <translation>Cloud: %1</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Sign in…</source>
            <translation>&amp;Anmelden…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <comment>Sign in</comment>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Ab&amp;melden</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
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
            <source>&amp;Grant permissions</source>
            <translation>Berechtigungen &amp;erteilen</translation>
        </message>
        <message>
            <source>&amp;Activity pane</source>
            <translation>&amp;Aktivitätsbereich</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <comment>Activity pane</comment>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Identity Explorer</source>
            <translation>&amp;Über Identity Explorer</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>About Identity Explorer</source>
            <translation>Über Identity Explorer</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Identity Explorer %1&lt;/h3&gt;&lt;p&gt;Browse the managed identities and service principals of a Microsoft Entra tenant, grant and revoke Microsoft Graph app roles and Azure RBAC roles, inspect access tokens and look up permission GUIDs.&lt;/p&gt;&lt;p&gt;The built-in sandbox tenant emulates the Entra ID, Microsoft Graph, Azure Resource Manager and managed identity endpoints on this computer only.&lt;/p&gt;&lt;p&gt;Secrets are kept only in the system keychain; access tokens only in memory.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Identity Explorer %1&lt;/h3&gt;&lt;p&gt;Durchsuchen Sie die verwalteten Identitäten und Dienstprinzipale eines Microsoft Entra-Mandanten, erteilen und entziehen Sie Microsoft Graph-App-Rollen und Azure RBAC-Rollen, untersuchen Sie Zugriffstokens und schlagen Sie Berechtigungs-GUIDs nach.&lt;/p&gt;&lt;p&gt;Der eingebaute Sandbox-Mandant emuliert die Endpunkte von Entra ID, Microsoft Graph, Azure Resource Manager und verwalteten Identitäten ausschließlich auf diesem Computer.&lt;/p&gt;&lt;p&gt;Geheimnisse werden nur im Schlüsselbund des Systems aufbewahrt, Zugriffstokens nur im Arbeitsspeicher.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Identity Explorer</source>
            <translation>Identity Explorer</translation>
        </message>
        <message>
            <source>Explore Azure managed identities and service principals, grant them permissions, inspect tokens and look up permission GUIDs.</source>
            <translation>Verwaltete Azure-Identitäten und Dienstprinzipale erkunden, ihnen Berechtigungen erteilen, Tokens untersuchen und Berechtigungs-GUIDs nachschlagen.</translation>
        </message>
        <message>
            <source>Sign in to a fresh in-process sandbox tenant.</source>
            <translation>Bei einem frischen Sandbox-Mandanten im selben Prozess anmelden.</translation>
        </message>
        <message>
            <source>User interface language (e.g. de, en).</source>
            <translation>Sprache der Benutzeroberfläche (z. B. de, en).</translation>
        </message>
        <message>
            <source>language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The sandbox tenant could not start: %1</source>
            <translation>Der Sandbox-Mandant konnte nicht starten: %1</translation>
        </message>
        <message>
            <source>sandbox admin app</source>
            <translation>Admin-App der Sandbox</translation>
        </message>
    </context>
</TS>
