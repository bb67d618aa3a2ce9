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
        <name>ie::AuditLog</name>
        <message>
            <source>The audit record %1 cannot be written: %2</source>
            <translation>Das Audit-Protokoll %1 kann nicht geschrieben werden: %2</translation>
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
            <source>Cannot read the CA file %1 (named by %2): %3</source>
            <translation>Die CA-Datei %1 (angegeben durch %2) kann nicht gelesen werden: %3</translation>
        </message>
        <message>
            <source>The CA file %1 (named by %2) is %3 MB: a file of PEM certificates is far smaller. Name the PEM file of the CA.</source>
            <translation>Die CA-Datei %1 (angegeben durch %2) ist %3 MB groß: Eine Datei mit PEM-Zertifikaten ist weit kleiner. Geben Sie die PEM-Datei der Zertifizierungsstelle an.</translation>
        </message>
        <message>
            <source>The CA file %1 (named by %2) holds no PEM certificate: it needs "-----BEGIN CERTIFICATE-----" blocks.</source>
            <translation>Die CA-Datei %1 (angegeben durch %2) enthält kein PEM-Zertifikat: Sie braucht Blöcke mit „-----BEGIN CERTIFICATE-----“.</translation>
        </message>
        <message>
            <source>%1 is "%2", which is not a URL: it needs an address such as https://login.example.com/.</source>
            <translation>%1 ist „%2“, das ist keine URL: Nötig ist eine Adresse wie https://login.example.com/.</translation>
        </message>
        <message>
            <source>%1 is %2: it must be an https:// address, because secrets and tokens are only sent over TLS (as the Azure SDKs require).</source>
            <translation>%1 ist %2: Es muss eine https://-Adresse sein, denn Geheimnisse und Tokens werden nur über TLS gesendet (wie es die Azure SDKs verlangen).</translation>
        </message>
        <message>
            <source>%1 is %2: an endpoint is scheme, host, port and path, without user name, query or fragment.</source>
            <translation>%1 ist %2: Ein Endpunkt besteht aus Schema, Host, Port und Pfad, ohne Benutzernamen, Abfrage oder Fragment.</translation>
        </message>
        <message>
            <source>The cloud configuration is not valid JSON: %1 at character %2.</source>
            <translation>Die Cloud-Konfiguration ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
        </message>
        <message>
            <source>The cloud configuration must be a JSON object ({"endpoints": {...}}), not an array or a value.</source>
            <translation>Die Cloud-Konfiguration muss ein JSON-Objekt sein ({"endpoints": {...}}), kein Array und kein einzelner Wert.</translation>
        </message>
        <message>
            <source>The cloud configuration has no "endpoints" object: it needs at least endpoints.activeDirectory and endpoints.resourceManager.</source>
            <translation>Die Cloud-Konfiguration hat kein Objekt „endpoints“: Nötig sind mindestens endpoints.activeDirectory und endpoints.resourceManager.</translation>
        </message>
        <message>
            <source>%1 must be a string holding an https:// address.</source>
            <translation>%1 muss eine Zeichenkette mit einer https://-Adresse sein.</translation>
        </message>
        <message>
            <source>The cloud configuration has no %1: it needs at least endpoints.activeDirectory and endpoints.resourceManager.</source>
            <translation>Der Cloud-Konfiguration fehlt %1: Nötig sind mindestens endpoints.activeDirectory und endpoints.resourceManager.</translation>
        </message>
        <message>
            <source>%1 and %2 name the same host (%3): each service needs its own, so that a token for one is never sent to the other. Give each its own address.</source>
            <translation>%1 und %2 nennen denselben Host (%3): Jeder Dienst braucht seinen eigenen, damit ein Token für den einen nie an den anderen gesendet wird. Geben Sie jedem eine eigene Adresse.</translation>
        </message>
        <message>
            <source>endpoints.activeDirectoryResourceId is %1, the audience of another service (Microsoft Graph, the sign-in host, Key Vault or Storage): tokens for it would go to the Resource Manager host %2. Set it to the Resource Manager audience (e.g. https://management.core.windows.net/), or leave it out to use endpoints.resourceManager.</source>
            <translation>endpoints.activeDirectoryResourceId ist %1, die Zielgruppe eines anderen Dienstes (Microsoft Graph, der Anmeldehost, Key Vault oder Storage): Tokens dafür gingen an den Resource-Manager-Host %2. Setzen Sie die Resource-Manager-Zielgruppe ein (z. B. https://management.core.windows.net/) oder lassen Sie den Eintrag weg, dann gilt endpoints.resourceManager.</translation>
        </message>
        <message>
            <source>endpoints.microsoftGraphResourceId is %1, a Resource Manager audience: tokens for Resource Manager would go to the Graph host. Set it to the Microsoft Graph address (e.g. https://graph.microsoft.com/).</source>
            <translation>endpoints.microsoftGraphResourceId ist %1, eine Resource-Manager-Zielgruppe: Tokens für Resource Manager gingen an den Graph-Host. Setzen Sie die Adresse von Microsoft Graph ein (z. B. https://graph.microsoft.com/).</translation>
        </message>
        <message>
            <source>caFile must be a string: the path of a PEM file of CA certificates.</source>
            <translation>caFile muss eine Zeichenkette sein: der Pfad einer PEM-Datei mit CA-Zertifikaten.</translation>
        </message>
    </context>
    <context>
        <name>ie::arm::RoleAssignmentClient</name>
        <message>
            <source>You are not allowed to change role assignments at %1: that needs the permission %2 there, which the roles Owner, User Access Administrator and Role Based Access Control Administrator carry. Ask someone who holds one of them at this scope or above, or export the plan and let them run it.</source>
            <translation>Sie dürfen die Rollenzuweisungen im Bereich %1 nicht ändern: Dafür ist dort die Berechtigung %2 nötig, die die Rollen „Besitzer“, „Benutzerzugriffsadministrator“ und „Administrator für rollenbasierte Zugriffssteuerung“ enthalten. Bitten Sie jemanden, der eine davon in diesem Bereich oder darüber hat, oder exportieren Sie den Plan und lassen Sie ihn von dieser Person ausführen.</translation>
        </message>
        <message>
            <source>Subscription %1: %2</source>
            <translation>Abonnement %1: %2</translation>
        </message>
        <message>
            <source>Management groups: %1</source>
            <translation>Verwaltungsgruppen: %1</translation>
        </message>
        <message>
            <source>Management group %1: %2</source>
            <translation>Verwaltungsgruppe %1: %2</translation>
        </message>
        <message>
            <source>Signed in as %1, who is not allowed to change role assignments at %2: that needs the permission %3 there, which the Azure roles Owner, User Access Administrator and Role Based Access Control Administrator carry. Ask someone who holds one of them at this scope or above, or export the plan and let them run it.</source>
            <translation>Angemeldet als %1; diese Identität darf die Rollenzuweisungen im Bereich %2 nicht ändern: Dafür ist dort die Berechtigung %3 nötig, die die Azure-Rollen „Besitzer“, „Benutzerzugriffsadministrator“ und „Administrator für rollenbasierte Zugriffssteuerung“ enthalten. Bitten Sie jemanden, der eine davon in diesem Bereich oder darüber hat, oder exportieren Sie den Plan und lassen Sie ihn von dieser Person ausführen.</translation>
        </message>
    </context>
    <context>
        <name>ie::arm::RoleAssignmentCreateJob</name>
        <message>
            <source>The role assignment was not created.</source>
            <translation>Die Rollenzuweisung wurde nicht erstellt.</translation>
        </message>
        <message>
            <source>The connection is gone.</source>
            <translation>Die Verbindung besteht nicht mehr.</translation>
        </message>
        <message numerus="yes">
            <source>Azure still does not know the identity %1 after %n attempt(s). If it was created just now, wait a few minutes and try again; otherwise check that it still exists.</source>
            <translation>
                <numerusform>Azure kennt die Identität %1 auch nach %n Versuch noch nicht. Wenn sie gerade erst erstellt wurde, warten Sie einige Minuten und versuchen Sie es erneut; andernfalls prüfen Sie, ob sie noch existiert.</numerusform>
                <numerusform>Azure kennt die Identität %1 auch nach %n Versuchen noch nicht. Wenn sie gerade erst erstellt wurde, warten Sie einige Minuten und versuchen Sie es erneut; andernfalls prüfen Sie, ob sie noch existiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>The role assignment was cancelled.</source>
            <translation>Die Rollenzuweisung wurde abgebrochen.</translation>
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
        <name>ie::auth::ClientCertificate</name>
        <message>
            <source>The certificate file %1 cannot be read: %2</source>
            <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The private key in the PEM file is encrypted: a password is needed.</source>
            <translation>Der private Schlüssel in der PEM-Datei ist verschlüsselt: Es wird ein Kennwort benötigt.</translation>
        </message>
        <message>
            <source>The password does not open the private key in the PEM file.</source>
            <translation>Das Kennwort öffnet den privaten Schlüssel in der PEM-Datei nicht.</translation>
        </message>
        <message>
            <source>The file is neither a PEM file nor a PKCS#12 (.pfx) file.</source>
            <translation>Die Datei ist weder eine PEM- noch eine PKCS#12-Datei (.pfx).</translation>
        </message>
        <message>
            <source>The password does not open the PKCS#12 file.</source>
            <translation>Das Kennwort öffnet die PKCS#12-Datei nicht.</translation>
        </message>
        <message>
            <source>The file holds no certificate.</source>
            <translation>Die Datei enthält kein Zertifikat.</translation>
        </message>
        <message>
            <source>The file holds no private key.</source>
            <translation>Die Datei enthält keinen privaten Schlüssel.</translation>
        </message>
        <message>
            <source>The certificate's key is not an RSA key: Microsoft Entra ID only accepts RSA certificates for client assertions.</source>
            <translation>Der Schlüssel des Zertifikats ist kein RSA-Schlüssel: Microsoft Entra ID akzeptiert für Client-Assertions nur RSA-Zertifikate.</translation>
        </message>
        <message>
            <source>The private key does not belong to the certificate.</source>
            <translation>Der private Schlüssel gehört nicht zu diesem Zertifikat.</translation>
        </message>
        <message>
            <source>The client assertion could not be signed with the certificate's key.</source>
            <translation>Die Client-Assertion konnte nicht mit dem Schlüssel des Zertifikats signiert werden.</translation>
        </message>
        <message>
            <source>The client assertion is not a signed JWT.</source>
            <translation>Die Client-Assertion ist kein signiertes JWT.</translation>
        </message>
        <message>
            <source>The client assertion's algorithm %1 is not accepted (only PS256 and RS256).</source>
            <translation>Der Algorithmus %1 der Client-Assertion wird nicht akzeptiert (nur PS256 und RS256).</translation>
        </message>
        <message>
            <source>The client assertion's signature does not match the certificate.</source>
            <translation>Die Signatur der Client-Assertion passt nicht zum Zertifikat.</translation>
        </message>
        <message>
            <source>Client certificate</source>
            <translation>Clientzertifikat</translation>
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
        <message>
            <source>The token endpoint's answer gives the token a lifetime of %1 (expires_in): it is not a number of seconds above 0, so the token cannot be used. Check the token endpoint (--cloud-config).</source>
            <translation>Die Antwort des Token-Endpunkts gibt dem Token eine Lebensdauer von %1 (expires_in): Das ist keine Zahl von Sekunden über 0, also ist das Token nicht verwendbar. Prüfen Sie den Token-Endpunkt (--cloud-config).</translation>
        </message>
        <message>
            <source>The tenant</source>
            <translation>Der Mandant</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::Credential</name>
        <message>
            <source>%1 '%2' is not a tenant: give the tenant id (a GUID), a domain name such as contoso.onmicrosoft.com, or organizations, common or consumers (letters, digits, '-' and '.' only).</source>
            <translation>%1 „%2“ ist kein Mandant: Geben Sie die Mandanten-ID (eine GUID), einen Domänennamen wie contoso.onmicrosoft.com oder organizations, common oder consumers an (nur Buchstaben, Ziffern, „-“ und „.“).</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::CredentialOptions</name>
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
            <source>How to sign in: %1 (default chain).</source>
            <translation>Art der Anmeldung: %1 (Standard: chain).</translation>
        </message>
        <message>
            <source>way</source>
            <translation>art</translation>
        </message>
        <message>
            <source>Tenant id or domain.</source>
            <translation>Mandanten-ID oder -Domäne.</translation>
        </message>
        <message>
            <source>tenant</source>
            <translation>mandant</translation>
        </message>
        <message>
            <source>Application (client) id; for managed-identity, the user-assigned identity's client id.</source>
            <translation>Anwendungs-ID (Client-ID); bei managed-identity die Client-ID der benutzerseitig zugewiesenen Identität.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>AzureCloud (default), AzureUSGovernment or AzureChinaCloud.</source>
            <translation>AzureCloud (Standard), AzureUSGovernment oder AzureChinaCloud.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>A custom cloud in the format 'az cloud register --cloud-config' reads (plus an optional "caFile").</source>
            <translation>Eine benutzerdefinierte Cloud im Format, das 'az cloud register --cloud-config' liest (mit optionalem "caFile").</translation>
        </message>
        <message>
            <source>file</source>
            <translation>datei</translation>
        </message>
        <message>
            <source>Read the client secret from stdin and store it in the keychain first (with --credential secret).</source>
            <translation>Den geheimen Clientschlüssel von der Standardeingabe lesen und zuerst im Schlüsselbund speichern (mit --credential secret).</translation>
        </message>
        <message>
            <source>--secret-stdin goes with --credential secret.</source>
            <translation>--secret-stdin gehört zu --credential secret.</translation>
        </message>
        <message>
            <source>To sign in, open this address in a web browser:</source>
            <translation>Öffnen Sie zum Anmelden diese Adresse in einem Webbrowser:</translation>
        </message>
        <message>
            <source>Also trust the CA certificates of this PEM file for the cloud's hosts (a private cloud, a TLS-inspecting proxy); SSL_CERT_FILE is read the same way.</source>
            <translation>Den CA-Zertifikaten dieser PEM-Datei zusätzlich für die Hosts der Cloud vertrauen (eine private Cloud, ein TLS prüfender Proxy); SSL_CERT_FILE wird ebenso gelesen.</translation>
        </message>
        <message>
            <source>note: --credential environment reads the application from AZURE_CLIENT_ID, not from --client-id; set AZURE_CLIENT_ID=%1 to use it.</source>
            <translation>Hinweis: --credential environment liest die Anwendung aus AZURE_CLIENT_ID, nicht aus --client-id; setzen Sie AZURE_CLIENT_ID=%1, um sie zu verwenden.</translation>
        </message>
        <message>
            <source>note: --credential environment signs in as AZURE_CLIENT_ID (%1), as the Azure SDKs do; --client-id %2 is not used. Leave --client-id out, or change AZURE_CLIENT_ID.</source>
            <translation>Hinweis: --credential environment meldet sich wie die Azure SDKs als AZURE_CLIENT_ID (%1) an; --client-id %2 wird nicht verwendet. Lassen Sie --client-id weg oder ändern Sie AZURE_CLIENT_ID.</translation>
        </message>
        <message>
            <source>The client certificate (PEM with its key, or PKCS#12) for --credential certificate.</source>
            <translation>Das Clientzertifikat (PEM mit seinem Schlüssel oder PKCS#12) für --credential certificate.</translation>
        </message>
        <message>
            <source>Read the certificate file's password from stdin and store it in the keychain once the sign-in works (else the keychain's is used, if any).</source>
            <translation>Das Kennwort der Zertifikatsdatei von stdin lesen und im Schlüsselbund speichern, sobald die Anmeldung gelingt (sonst wird das aus dem Schlüsselbund verwendet, falls vorhanden).</translation>
        </message>
        <message>
            <source>Send the certificate chain (x5c) for subject name and issuer authentication.</source>
            <translation>Die Zertifikatskette (x5c) mitsenden, für die Authentifizierung über Antragstellername und Aussteller.</translation>
        </message>
        <message>
            <source>--credential certificate needs --certificate FILE.</source>
            <translation>--credential certificate braucht --certificate DATEI.</translation>
        </message>
        <message>
            <source>--certificate, --certificate-password-stdin and --send-certificate-chain go with --credential certificate.</source>
            <translation>--certificate, --certificate-password-stdin und --send-certificate-chain gehören zu --credential certificate.</translation>
        </message>
        <message>
            <source>The client certificate credential needs --tenant and --client-id.</source>
            <translation>Die Anmeldung mit Clientzertifikat braucht --tenant und --client-id.</translation>
        </message>
        <message>
            <source>The keychain holds no password for this certificate of %1 in tenant %2: give it once with --certificate-password-stdin, or sign in with it in the sign-in dialog.</source>
            <translation>Der Schlüsselbund enthält kein Kennwort für dieses Zertifikat von %1 im Mandanten %2: Geben Sie es einmal mit --certificate-password-stdin an oder melden Sie sich damit im Anmeldedialog an.</translation>
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
        <message>
            <source>The tenant</source>
            <translation>Der Mandant</translation>
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
        <message>
            <source>AZURE_CLIENT_CERTIFICATE_PATH: %1</source>
            <translation>AZURE_CLIENT_CERTIFICATE_PATH: %1</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::InteractiveBrowserCredential</name>
        <message numerus="yes">
            <source>No answer came from the browser within %n minute(s). Start the sign-in again and finish it in the browser window that opens.</source>
            <translation>
                <numerusform>Innerhalb von %n Minute kam keine Antwort vom Browser. Starten Sie die Anmeldung erneut und schließen Sie sie im sich öffnenden Browserfenster ab.</numerusform>
                <numerusform>Innerhalb von %n Minuten kam keine Antwort vom Browser. Starten Sie die Anmeldung erneut und schließen Sie sie im sich öffnenden Browserfenster ab.</numerusform>
            </translation>
        </message>
        <message>
            <source>No HTTP client.</source>
            <translation>Kein HTTP-Client.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>The browser sign-in could not open a port on this computer to receive its answer (%1). Use the device code sign-in instead.</source>
            <translation>Die Browser-Anmeldung konnte auf diesem Computer keinen Port öffnen, um die Antwort zu empfangen (%1). Melden Sie sich stattdessen mit einem Gerätecode an.</translation>
        </message>
        <message>
            <source>&lt;h1&gt;Signed in&lt;/h1&gt;&lt;p&gt;Identity Explorer is signed in. You can close this tab.&lt;/p&gt;</source>
            <translation>&lt;h1&gt;Angemeldet&lt;/h1&gt;&lt;p&gt;Identity Explorer ist angemeldet. Sie können diesen Tab schließen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h1&gt;Not signed in&lt;/h1&gt;&lt;p&gt;The sign-in did not succeed. You can close this tab; Identity Explorer says why.&lt;/p&gt;</source>
            <translation>&lt;h1&gt;Nicht angemeldet&lt;/h1&gt;&lt;p&gt;Die Anmeldung ist fehlgeschlagen. Sie können diesen Tab schließen; Identity Explorer zeigt den Grund an.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The browser returned an answer that does not belong to this sign-in (its state does not match). Nothing was signed in; start the sign-in again.</source>
            <translation>Der Browser hat eine Antwort zurückgegeben, die nicht zu dieser Anmeldung gehört (der state-Wert stimmt nicht überein). Es wurde niemand angemeldet; starten Sie die Anmeldung erneut.</translation>
        </message>
        <message>
            <source>The sign-in was declined in the browser (%1). Start again and accept, or ask an administrator to consent for the tenant.</source>
            <translation>Die Anmeldung wurde im Browser abgelehnt (%1). Beginnen Sie erneut und stimmen Sie zu, oder bitten Sie einen Administrator, die Einwilligung für den Mandanten zu erteilen.</translation>
        </message>
        <message>
            <source>The sign-in service refused the sign-in: %1 (%2).</source>
            <translation>Der Anmeldedienst hat die Anmeldung abgelehnt: %1 (%2).</translation>
        </message>
        <message>
            <source>The browser returned neither a code nor an error. Start the sign-in again.</source>
            <translation>Der Browser hat weder einen Code noch einen Fehler zurückgegeben. Starten Sie die Anmeldung erneut.</translation>
        </message>
        <message>
            <source>The browser sign-in was cancelled.</source>
            <translation>Die Browser-Anmeldung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Interactive browser</source>
            <translation>Interaktiver Browser</translation>
        </message>
        <message>
            <source>The tenant</source>
            <translation>Der Mandant</translation>
        </message>
    </context>
    <context>
        <name>ie::auth::LoopbackRedirectListener</name>
        <message>
            <source>&lt;p&gt;Signed in to Identity Explorer. You can close this tab.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Bei Identity Explorer angemeldet. Sie können diesen Tab schließen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The sign-in to Identity Explorer did not succeed. You can close this tab and return to the application to see why.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Die Anmeldung bei Identity Explorer ist fehlgeschlagen. Sie können diesen Tab schließen und in der Anwendung nachsehen, warum.&lt;/p&gt;</translation>
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
        <message>
            <source>The managed identity endpoint %1 does not answer: %2</source>
            <translation>Der Endpunkt der verwalteten Identität %1 antwortet nicht: %2</translation>
        </message>
        <message>
            <source>The managed identity endpoint's answer gives a token that expired at %1 (expires_on), before it arrived: check the clock of this machine and of the endpoint.</source>
            <translation>Der Endpunkt der verwalteten Identität liefert ein Token, das am %1 (expires_on) abgelaufen ist, also schon vor seiner Ankunft: Prüfen Sie die Uhr dieses Rechners und die des Endpunkts.</translation>
        </message>
        <message>
            <source>Managed identity (App Service, MSI_ENDPOINT)</source>
            <translation>Verwaltete Identität (App Service, MSI_ENDPOINT)</translation>
        </message>
        <message>
            <source>App Service's MSI_ENDPOINT (api-version 2017-09-01) names a user-assigned identity only by its client id.</source>
            <translation>Der MSI_ENDPOINT von App Service (API-Version 2017-09-01) benennt eine benutzerseitig zugewiesene Identität nur über ihre Client-ID.</translation>
        </message>
        <message>
            <source>The App Service identity endpoint refused MSI_SECRET.</source>
            <translation>Der Identitätsendpunkt von App Service hat MSI_SECRET abgelehnt.</translation>
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
        <message>
            <source>The token's expiry (exp) is not a time between 1970 and 9999: the token is invalid. Paste a token issued by Entra ID.</source>
            <translation>Der Ablaufzeitpunkt des Tokens (exp) ist keine Zeit zwischen 1970 und 9999: Das Token ist ungültig. Fügen Sie ein von Entra ID ausgestelltes Token ein.</translation>
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
        <name>ie::auth::SignInSession</name>
        <message>
            <source>Not signed in. Sign in with File ▸ Sign in…, then try again.</source>
            <translation>Nicht angemeldet. Melden Sie sich über Datei ▸ Anmelden… an und versuchen Sie es dann erneut.</translation>
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
        <name>ie::auth::TokenRecipe</name>
        <message>
            <source>In App Service, Functions or Container Apps (IDENTITY_ENDPOINT)</source>
            <translation>In App Service, Functions oder Container Apps (IDENTITY_ENDPOINT)</translation>
        </message>
        <message>
            <source>On the Azure Arc-enabled server (challenge, then the key file)</source>
            <translation>Auf dem Azure Arc-fähigen Server (Challenge, dann die Schlüsseldatei)</translation>
        </message>
        <message>
            <source>On the VM, scale set or AKS node (IMDS)</source>
            <translation>Auf der VM, der Skalierungsgruppe oder dem AKS-Knoten (IMDS)</translation>
        </message>
        <message>
            <source>With the Azure CLI on that host</source>
            <translation>Mit der Azure CLI auf diesem Host</translation>
        </message>
        <message>
            <source>Run it in the app's console (Kudu/SSH) and paste the JSON answer into the token inspector.</source>
            <translation>Führen Sie es in der Konsole der App aus (Kudu/SSH) und fügen Sie die JSON-Antwort in den Token-Inspektor ein.</translation>
        </message>
        <message>
            <source>Run it as a member of the himds group (or root) and paste the JSON answer into the token inspector.</source>
            <translation>Führen Sie es als Mitglied der Gruppe himds (oder als root) aus und fügen Sie die JSON-Antwort in den Token-Inspektor ein.</translation>
        </message>
        <message>
            <source>Run it on the host and paste the JSON answer into the token inspector.</source>
            <translation>Führen Sie es auf dem Host aus und fügen Sie die JSON-Antwort in den Token-Inspektor ein.</translation>
        </message>
        <message>
            <source>Paste the token it prints into the token inspector.</source>
            <translation>Fügen Sie das ausgegebene Token in den Token-Inspektor ein.</translation>
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
            <source>Also trust the CA certificates of this PEM file for the Graph and ARM hosts.</source>
            <translation>Den CA-Zertifikaten dieser PEM-Datei zusätzlich für die Graph- und ARM-Hosts vertrauen.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>datei</translation>
        </message>
    </context>
    <context>
        <name>ie::catalog::LiveCatalog</name>
        <message>
            <source>The last refresh could not fetch everything: %1</source>
            <translation>Bei der letzten Aktualisierung konnte nicht alles abgerufen werden: %1</translation>
        </message>
        <message>
            <source>The cached data of %1 could not be read (%2). The bundled catalog is used; Refresh from tenant replaces the file.</source>
            <translation>Die zwischengespeicherten Daten von %1 konnten nicht gelesen werden (%2). Der mitgelieferte Katalog wird verwendet; „Aus Mandant aktualisieren“ ersetzt die Datei.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <source>The catalog keeps the data refreshed %1.</source>
            <translation>Der Katalog behält die am %1 aktualisierten Daten.</translation>
        </message>
        <message>
            <source>The bundled catalog keeps working.</source>
            <translation>Der mitgelieferte Katalog funktioniert weiterhin.</translation>
        </message>
        <message>
            <source>Refresh cancelled. %1</source>
            <translation>Aktualisierung abgebrochen. %1</translation>
        </message>
        <message>
            <source>Reading the tenant's service principals needs the Graph permission Application.Read.All (or a directory reader role).</source>
            <translation>Zum Lesen der Dienstprinzipale des Mandanten ist die Graph-Berechtigung Application.Read.All (oder eine Verzeichnisleserolle) nötig.</translation>
        </message>
        <message>
            <source>Refresh from %1 failed: %2 %3</source>
            <translation>Aktualisierung aus %1 fehlgeschlagen: %2 %3</translation>
        </message>
        <message>
            <source>Refreshed, but not everything could be fetched: %1</source>
            <translation>Aktualisiert, aber nicht alles konnte abgerufen werden: %1</translation>
        </message>
        <message>
            <source>The refreshed data is used, but the cache could not be written (%1): it is lost when the app quits.</source>
            <translation>Die aktualisierten Daten werden verwendet, aber der Cache konnte nicht geschrieben werden (%1): Sie gehen beim Beenden der App verloren.</translation>
        </message>
        <message>
            <source>Bundled catalog only — sign in to add your tenant's APIs and object ids</source>
            <translation>Nur mitgelieferter Katalog – melden Sie sich an, um die APIs und Objekt-IDs Ihres Mandanten hinzuzufügen</translation>
        </message>
        <message>
            <source>Loading the cached data of %1…</source>
            <translation>Zwischengespeicherte Daten von %1 werden geladen…</translation>
        </message>
        <message>
            <source>Live from %1, refreshed %2</source>
            <extracomment>%2 is the date and time of the refresh, e.g. 2026-12-01 14:03</extracomment>
            <translation>Live aus %1, aktualisiert %2</translation>
        </message>
        <message>
            <source>Bundled catalog only — Refresh from tenant to add your tenant's APIs and object ids</source>
            <translation>Nur mitgelieferter Katalog – „Aus Mandant aktualisieren“ fügt die APIs und Objekt-IDs Ihres Mandanten hinzu</translation>
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
        <message>
            <source>ARM REST (curl)</source>
            <translation>ARM-REST (curl)</translation>
        </message>
        <message>
            <source>Az PowerShell</source>
            <translation>Az PowerShell</translation>
        </message>
        <message>
            <source>Azure CLI (az role assignment delete)</source>
            <translation>Azure CLI (az role assignment delete)</translation>
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
        <name>ie::cli::Cli</name>
        <message>
            <source>%1 takes a whole number from %2 to %3, not "%4"</source>
            <translation>%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“</translation>
        </message>
    </context>
    <context>
        <name>ie::cli::FicCommand</name>
        <message>
            <source>Done: %1 (request id %2)</source>
            <translation>Erledigt: %1 (Anforderungs-ID %2)</translation>
        </message>
        <message>
            <source>Failed: %1: %2</source>
            <translation>Fehlgeschlagen: %1: %2</translation>
        </message>
        <message>
            <source>Usage: identity-explorer fic list|add|update|remove|doctor [options]
Federated identity credentials of a user-assigned managed identity (--identity ARM-ID) or of an app registration (--app APP-ID).
Run "identity-explorer fic SUBCOMMAND --help" for its options.
</source>
            <translation>Aufruf: identity-explorer fic list|add|update|remove|doctor [Optionen]
Verbundanmeldeinformationen einer benutzerseitig zugewiesenen verwalteten Identität (--identity ARM-ID) oder einer App-Registrierung (--app APP-ID).
„identity-explorer fic UNTERBEFEHL --help“ nennt dessen Optionen.
</translation>
        </message>
        <message>
            <source>unknown subcommand "%1"; the subcommands are: %2</source>
            <translation>unbekannter Unterbefehl „%1“; die Unterbefehle sind: %2</translation>
        </message>
        <message>
            <source>List the federated identity credentials of an identity.</source>
            <translation>Die Verbundanmeldeinformationen einer Identität auflisten.</translation>
        </message>
        <message>
            <source>Add a federated identity credential, checked before it is sent.</source>
            <translation>Eine Verbundanmeldeinformation hinzufügen, vor dem Senden geprüft.</translation>
        </message>
        <message>
            <source>Change a federated identity credential's issuer, subject or audience.</source>
            <translation>Aussteller, Antragsteller oder Zielgruppe einer Verbundanmeldeinformation ändern.</translation>
        </message>
        <message>
            <source>Remove a federated identity credential.</source>
            <translation>Eine Verbundanmeldeinformation entfernen.</translation>
        </message>
        <message>
            <source>Say for every federated credential of an identity which of issuer, subject and audience differs from what the failing workload presents, and the fix.</source>
            <translation>Für jede Verbundanmeldeinformation einer Identität sagen, worin Aussteller, Antragsteller und Zielgruppe von dem abweichen, was die fehlschlagende Workload vorlegt, und wie es zu beheben ist.</translation>
        </message>
        <message>
            <source>The user-assigned managed identity's ARM resource id.</source>
            <translation>Die ARM-Ressourcen-ID der benutzerseitig zugewiesenen verwalteten Identität.</translation>
        </message>
        <message>
            <source>arm-id</source>
            <translation>ARM-ID</translation>
        </message>
        <message>
            <source>The app registration's application (client) id.</source>
            <translation>Die Anwendungs-ID (Client-ID) der App-Registrierung.</translation>
        </message>
        <message>
            <source>app-id</source>
            <translation>App-ID</translation>
        </message>
        <message>
            <source>Print JSON instead of text.</source>
            <translation>JSON statt Text ausgeben.</translation>
        </message>
        <message>
            <source>The credential's name.</source>
            <translation>Der Name der Anmeldeinformation.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>How the subject is made: %1.</source>
            <translation>Wie der Antragsteller gebildet wird: %1.</translation>
        </message>
        <message>
            <source>preset</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>GitHub owner or Terraform organization.</source>
            <translation>GitHub-Besitzer oder Terraform-Organisation.</translation>
        </message>
        <message>
            <source>GitHub repository.</source>
            <translation>GitHub-Repository.</translation>
        </message>
        <message>
            <source>GitHub owner id (the immutable subject form).</source>
            <translation>ID des GitHub-Besitzers (die unveränderliche Form des Antragstellers).</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>GitHub repository id (the immutable subject form).</source>
            <translation>ID des GitHub-Repositorys (die unveränderliche Form des Antragstellers).</translation>
        </message>
        <message>
            <source>Branch, environment or tag (GitHub), service account (Kubernetes), workspace (Terraform Cloud).</source>
            <translation>Branch, Umgebung oder Tag (GitHub), Dienstkonto (Kubernetes), Workspace (Terraform Cloud).</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Namespace (Kubernetes) or project (Terraform Cloud).</source>
            <translation>Namespace (Kubernetes) oder Projekt (Terraform Cloud).</translation>
        </message>
        <message>
            <source>Terraform Cloud run phase: plan or apply.</source>
            <translation>Ausführungsphase in Terraform Cloud: plan oder apply.</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>The issuer (Kubernetes: the cluster's OIDC issuer; overrides a preset's).</source>
            <translation>Der Aussteller (Kubernetes: der OIDC-Aussteller des Clusters; ersetzt den der Vorlage).</translation>
        </message>
        <message>
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>The subject (overrides a preset's).</source>
            <translation>Der Antragsteller (ersetzt den der Vorlage).</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>Antragsteller</translation>
        </message>
        <message>
            <source>An audience (repeatable; default %1).</source>
            <translation>Eine Zielgruppe (mehrfach möglich; Standard %1).</translation>
        </message>
        <message>
            <source>audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>Print the change as curl, az, powershell, bicep or terraform instead of sending it.</source>
            <translation>Die Änderung als curl, az, powershell, bicep oder terraform ausgeben, statt sie zu senden.</translation>
        </message>
        <message>
            <source>format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>A file with the failing workload's token ('-': stdin).</source>
            <translation>Eine Datei mit dem Token der fehlschlagenden Workload („-“: Standardeingabe).</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Entra ID's AADSTS error text.</source>
            <translation>Der AADSTS-Fehlertext von Entra ID.</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Apply the doctor's plan.</source>
            <translation>Den Plan des Doktors ausführen.</translation>
        </message>
        <message>
            <source>give either --identity or --app</source>
            <translation>geben Sie entweder --identity oder --app an</translation>
        </message>
        <message>
            <source>--identity takes a user-assigned identity's ARM id (/subscriptions/.../providers/Microsoft.ManagedIdentity/userAssignedIdentities/NAME)</source>
            <translation>--identity erwartet die ARM-ID einer benutzerseitig zugewiesenen Identität (/subscriptions/.../providers/Microsoft.ManagedIdentity/userAssignedIdentities/NAME)</translation>
        </message>
        <message>
            <source>--export takes curl, az, powershell, bicep or terraform, not '%1'</source>
            <translation>--export erwartet curl, az, powershell, bicep oder terraform, nicht „%1“</translation>
        </message>
        <message>
            <source>--name is required</source>
            <translation>--name ist erforderlich</translation>
        </message>
        <message>
            <source>unknown preset '%1'</source>
            <translation>unbekannte Vorlage „%1“</translation>
        </message>
        <message>
            <source>give either --token or --error</source>
            <translation>geben Sie entweder --token oder --error an</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>the identity has no federated credential named '%1'</source>
            <translation>die Identität hat keine Verbundanmeldeinformation namens „%1“</translation>
        </message>
    </context>
    <context>
        <name>ie::cli::ListCommand</name>
        <message>
            <source>List every managed identity and service principal, as the identity tree shows them, from Microsoft Graph and Azure Resource Manager.</source>
            <translation>Listet alle verwalteten Identitäten und Dienstprinzipale so auf, wie der Identitätsbaum sie zeigt, aus Microsoft Graph und Azure Resource Manager.</translation>
        </message>
        <message>
            <source>Only managed identities.</source>
            <translation>Nur verwaltete Identitäten.</translation>
        </message>
        <message>
            <source>Print a JSON array instead of text.</source>
            <translation>Ein JSON-Array statt Text ausgeben.</translation>
        </message>
        <message numerus="yes">
            <source>The list is incomplete: %n identities were read before loading stopped.</source>
            <translation>
                <numerusform>Die Liste ist unvollständig: %n Identität wurde gelesen, bevor das Laden abbrach.</numerusform>
                <numerusform>Die Liste ist unvollständig: %n Identitäten wurden gelesen, bevor das Laden abbrach.</numerusform>
            </translation>
        </message>
        <message>
            <source>The list is incomplete: the managed identities' resources are unknown.</source>
            <translation>Die Liste ist unvollständig: Die Ressourcen der verwalteten Identitäten sind unbekannt.</translation>
        </message>
        <message>
            <source>The agent identities' blueprints could not be read (null in the output): %1</source>
            <translation>Die Blueprints der Agent-Identitäten konnten nicht gelesen werden (null in der Ausgabe): %1</translation>
        </message>
    </context>
    <context>
        <name>ie::cli::ReportCommand</name>
        <message>
            <source>Only managed identities.</source>
            <translation>Nur verwaltete Identitäten.</translation>
        </message>
        <message>
            <source>Print a JSON array instead of text.</source>
            <translation>Ein JSON-Array statt Text ausgeben.</translation>
        </message>
        <message>
            <source>Print CSV instead of text.</source>
            <translation>CSV statt Text ausgeben.</translation>
        </message>
        <message>
            <source>--json and --csv exclude each other</source>
            <translation>--json und --csv schließen einander aus</translation>
        </message>
        <message>
            <source>Microsoft Graph service principals: %1</source>
            <translation>Dienstprinzipale aus Microsoft Graph: %1</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>The report is incomplete: what could not be read is marked unknown.</source>
            <translation>Der Bericht ist unvollständig: Was nicht gelesen werden konnte, ist als unbekannt markiert.</translation>
        </message>
        <message>
            <source>List every identity with its Graph app roles, Azure role assignments and Microsoft Entra directory roles.</source>
            <translation>Listet jede Identität mit ihren Graph-App-Rollen, Azure-Rollenzuweisungen und Microsoft Entra-Verzeichnisrollen auf.</translation>
        </message>
    </context>
    <context>
        <name>ie::cli::TenantConnection</name>
        <message>
            <source>User interface language (e.g. de, en).</source>
            <translation>Sprache der Benutzeroberfläche (z. B. de, en).</translation>
        </message>
        <message>
            <source>language</source>
            <translation>sprache</translation>
        </message>
        <message>
            <source>unexpected argument '%1'</source>
            <translation>unerwartetes Argument „%1“</translation>
        </message>
        <message>
            <source>secret: --secret-stdin needs --tenant, --client-id and a secret on stdin.</source>
            <translation>secret: --secret-stdin braucht --tenant, --client-id und einen geheimen Schlüssel auf der Standardeingabe.</translation>
        </message>
        <message>
            <source>The secret from stdin was not stored; the keychain keeps what it held.</source>
            <translation>Das Geheimnis von stdin wurde nicht gespeichert; der Schlüsselbund behält, was er hatte.</translation>
        </message>
        <message>
            <source>certificate: --certificate-password-stdin needs --tenant and --client-id.</source>
            <translation>certificate: --certificate-password-stdin braucht --tenant und --client-id.</translation>
        </message>
        <message>
            <source>The certificate password from stdin was not stored; the keychain keeps what it held.</source>
            <translation>Das Zertifikatskennwort von stdin wurde nicht gespeichert; der Schlüsselbund behält, was er enthielt.</translation>
        </message>
    </context>
    <context>
        <name>ie::cli::TokenCommand</name>
        <message>
            <source>Print an access token for a resource.</source>
            <translation>Gibt ein Zugriffstoken für eine Ressource aus.</translation>
        </message>
        <message>
            <source>The resource (audience) URI, e.g. https://graph.microsoft.com.</source>
            <translation>Der URI der Ressource (Zielgruppe), z. B. https://graph.microsoft.com.</translation>
        </message>
        <message>
            <source>uri</source>
            <translation>uri</translation>
        </message>
        <message>
            <source>Print {accessToken, expiresOn, tenant, tokenType, credential}.</source>
            <translation>{accessToken, expiresOn, tenant, tokenType, credential} ausgeben.</translation>
        </message>
        <message>
            <source>--resource URI is required (e.g. https://graph.microsoft.com)</source>
            <translation>--resource URI ist erforderlich (z. B. https://graph.microsoft.com)</translation>
        </message>
    </context>
    <context>
        <name>ie::federation::FicDoctor</name>
        <message>
            <source>The token's issuer ends with '/', the credential's does not. Entra ID compares the issuer exactly.</source>
            <translation>Der Aussteller des Tokens endet mit „/“, der der Anmeldeinformation nicht. Entra ID vergleicht den Aussteller exakt.</translation>
        </message>
        <message>
            <source>The credential's issuer ends with '/', the token's does not. Entra ID compares the issuer exactly.</source>
            <translation>Der Aussteller der Anmeldeinformation endet mit „/“, der des Tokens nicht. Entra ID vergleicht den Aussteller exakt.</translation>
        </message>
        <message>
            <source>Only the case differs; Entra ID compares the issuer case-sensitively.</source>
            <translation>Nur die Groß- und Kleinschreibung unterscheidet sich; Entra ID unterscheidet beim Aussteller Groß- und Kleinschreibung.</translation>
        </message>
        <message>
            <source>Another issuer: the token comes from %1.</source>
            <translation>Ein anderer Aussteller: Das Token stammt von %1.</translation>
        </message>
        <message>
            <source>Only the case differs; Entra ID compares the subject case-sensitively.</source>
            <translation>Nur die Groß- und Kleinschreibung unterscheidet sich; Entra ID unterscheidet beim Subject Groß- und Kleinschreibung.</translation>
        </message>
        <message>
            <source>The repository uses GitHub's immutable subject form (repo:%1@%2/%3@%4:...); the credential names the repository without the ids.</source>
            <translation>Das Repository verwendet GitHubs unveränderliche Subject-Form (repo:%1@%2/%3@%4:...); die Anmeldeinformation nennt das Repository ohne die IDs.</translation>
        </message>
        <message>
            <source>The credential uses GitHub's immutable subject form with owner and repository ids; the token names the repository without them.</source>
            <translation>Die Anmeldeinformation verwendet GitHubs unveränderliche Subject-Form mit Besitzer- und Repository-IDs; das Token nennt das Repository ohne sie.</translation>
        </message>
        <message>
            <source>The job runs in the GitHub environment '%1', so its token's subject names the environment, not the %2.</source>
            <translation>Der Job läuft in der GitHub-Umgebung „%1“, daher nennt das Subject seines Tokens die Umgebung, nicht den %2.</translation>
        </message>
        <message>
            <source>The credential expects the GitHub environment '%1', but the job does not run in an environment: its token names the %2 '%3'.</source>
            <translation>Die Anmeldeinformation erwartet die GitHub-Umgebung „%1“, aber der Job läuft in keiner Umgebung: Sein Token nennt den %2 „%3“.</translation>
        </message>
        <message>
            <source>The credential trusts a %1, the token comes from a %2.</source>
            <translation>Die Anmeldeinformation vertraut einem %1, das Token stammt von einem %2.</translation>
        </message>
        <message>
            <source>Another %1: the credential trusts '%2', the token is for '%3'.</source>
            <translation>Ein anderer %1: Die Anmeldeinformation vertraut „%2“, das Token gilt für „%3“.</translation>
        </message>
        <message>
            <source>The subjects are of different kinds: the credential expects '%1', the token presents '%2'.</source>
            <translation>Die Subjects sind verschiedener Art: Die Anmeldeinformation erwartet „%1“, das Token legt „%2“ vor.</translation>
        </message>
        <message>
            <source>Another namespace: the credential trusts '%1', the pod runs in '%2'.</source>
            <translation>Ein anderer Namespace: Die Anmeldeinformation vertraut „%1“, der Pod läuft in „%2“.</translation>
        </message>
        <message>
            <source>Another service account: the credential trusts '%1', the pod uses '%2'.</source>
            <translation>Ein anderes Dienstkonto: Die Anmeldeinformation vertraut „%1“, der Pod verwendet „%2“.</translation>
        </message>
        <message>
            <source>Another subject: the token presents '%1'.</source>
            <translation>Ein anderes Subject: Das Token legt „%1“ vor.</translation>
        </message>
        <message>
            <source>The audience differs by a trailing '/'.</source>
            <translation>Die Zielgruppe unterscheidet sich um einen abschließenden „/“.</translation>
        </message>
        <message>
            <source>Only the case of the audience differs.</source>
            <translation>Nur die Groß- und Kleinschreibung der Zielgruppe unterscheidet sich.</translation>
        </message>
        <message>
            <source>The token is for the audience '%1'; the credential accepts '%2' (the workload usually has to ask its issuer for %3).</source>
            <translation>Das Token gilt für die Zielgruppe „%1“; die Anmeldeinformation akzeptiert „%2“ (meist muss die Workload ihren Aussteller um %3 bitten).</translation>
        </message>
        <message>
            <source>The token's payload is not JSON.</source>
            <translation>Die Nutzdaten des Tokens sind kein JSON.</translation>
        </message>
        <message>
            <source>Paste the workload's token (a JWT) or Entra ID's error text (AADSTS...).</source>
            <translation>Fügen Sie das Token der Workload (ein JWT) oder den Fehlertext von Entra ID (AADSTS...) ein.</translation>
        </message>
        <message>
            <source>The token expired at %1 (AADSTS700024): the workload must fetch a fresh one from its issuer before each exchange.</source>
            <translation>Das Token ist um %1 abgelaufen (AADSTS700024): Die Workload muss sich vor jedem Austausch ein frisches von ihrem Aussteller holen.</translation>
        </message>
        <message>
            <source>AADSTS700024: the token was not within its valid time range. Tokens from GitHub and Kubernetes live minutes; fetch one right before the exchange.</source>
            <translation>AADSTS700024: Das Token lag nicht in seinem Gültigkeitszeitraum. Tokens von GitHub und Kubernetes leben nur Minuten; holen Sie eines unmittelbar vor dem Austausch.</translation>
        </message>
        <message>
            <source>The credential %1 matches what the workload presents; the exchange should pass unless the token is expired or signed by a key its issuer no longer publishes.</source>
            <translation>Die Anmeldeinformation %1 passt zu dem, was die Workload vorlegt; der Austausch sollte gelingen, es sei denn, das Token ist abgelaufen oder mit einem Schlüssel signiert, den sein Aussteller nicht mehr veröffentlicht.</translation>
        </message>
        <message>
            <source>The credential %1 matches the issuer and subject, but the token's audience is %2: configure the workload to ask its issuer for %3 (for GitHub, azure/login's audience input; for Kubernetes, the projected service account token's audience).</source>
            <translation>Die Anmeldeinformation %1 passt zu Aussteller und Subject, aber die Zielgruppe des Tokens ist %2: Konfigurieren Sie die Workload so, dass sie ihren Aussteller um %3 bittet (bei GitHub die Eingabe „audience“ von azure/login; bei Kubernetes die Zielgruppe des projizierten Dienstkonto-Tokens).</translation>
        </message>
        <message>
            <source>AADSTS700213 means the issuer matched; the new credential keeps the issuer of %1.</source>
            <translation>AADSTS700213 bedeutet, dass der Aussteller passte; die neue Anmeldeinformation behält den Aussteller von %1.</translation>
        </message>
        <message>
            <source>The error text names only part of the assertion; paste the workload's token to get a complete fix.</source>
            <translation>Der Fehlertext nennt nur einen Teil der Assertion; fügen Sie das Token der Workload ein, um eine vollständige Korrektur zu erhalten.</translation>
        </message>
        <message>
            <source>The token's audience is not %1; configure the workload to ask its issuer for that audience rather than trusting another one.</source>
            <translation>Die Zielgruppe des Tokens ist nicht %1; konfigurieren Sie die Workload so, dass sie ihren Aussteller um diese Zielgruppe bittet, statt einer anderen zu vertrauen.</translation>
        </message>
        <message>
            <source>The identity has %1 credentials already, the most Entra ID allows: remove one before adding this.</source>
            <translation>Die Identität hat bereits %1 Anmeldeinformationen, so viele, wie Entra ID erlaubt: Entfernen Sie eine, bevor Sie diese hinzufügen.</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Aussteller</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>matches</source>
            <translation>stimmt überein</translation>
        </message>
        <message>
            <source>not in the input</source>
            <translation>nicht in der Eingabe</translation>
        </message>
        <message>
            <source>case differs</source>
            <translation>Groß-/Kleinschreibung</translation>
        </message>
        <message>
            <source>trailing slash</source>
            <translation>abschließender Schrägstrich</translation>
        </message>
        <message>
            <source>environment vs. ref</source>
            <translation>Umgebung statt Ref</translation>
        </message>
        <message>
            <source>immutable id form</source>
            <translation>unveränderliche ID-Form</translation>
        </message>
        <message>
            <source>wrong entity type</source>
            <translation>falscher Entitätstyp</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>weicht ab</translation>
        </message>
        <message>
            <source>Presented: issuer %1, subject %2, audience %3</source>
            <translation>Vorgelegt: Aussteller %1, Subject %2, Zielgruppe %3</translation>
        </message>
        <message>
            <source>The identity has no federated credentials.</source>
            <translation>Die Identität hat keine Verbundanmeldeinformationen.</translation>
        </message>
        <message>
            <source>Credential %1:</source>
            <translation>Anmeldeinformation %1:</translation>
        </message>
        <message>
            <source>Fix:</source>
            <translation>Korrektur:</translation>
        </message>
    </context>
    <context>
        <name>ie::federation::FicPlan</name>
        <message>
            <source>GitHub Actions: branch</source>
            <translation>GitHub Actions: Branch</translation>
        </message>
        <message>
            <source>GitHub Actions: environment</source>
            <translation>GitHub Actions: Umgebung</translation>
        </message>
        <message>
            <source>GitHub Actions: pull request</source>
            <translation>GitHub Actions: Pull Request</translation>
        </message>
        <message>
            <source>GitHub Actions: tag</source>
            <translation>GitHub Actions: Tag</translation>
        </message>
        <message>
            <source>Kubernetes service account</source>
            <translation>Kubernetes-Dienstkonto</translation>
        </message>
        <message>
            <source>Terraform Cloud</source>
            <translation>Terraform Cloud</translation>
        </message>
        <message>
            <source>Other issuer</source>
            <translation>Anderer Aussteller</translation>
        </message>
        <message>
            <source>The name must be 3 to 120 letters, digits, '-' or '_', starting with a letter or digit.</source>
            <translation>Der Name muss aus 3 bis 120 Buchstaben, Ziffern, „-“ oder „_“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen.</translation>
        </message>
        <message>
            <source>The name must be 3 to 120 letters, digits or the characters '.', '_', '~', '-'.</source>
            <translation>Der Name muss aus 3 bis 120 Buchstaben, Ziffern oder den Zeichen „.“, „_“, „~“, „-“ bestehen.</translation>
        </message>
        <message>
            <source>The issuer must be an https URL.</source>
            <translation>Der Aussteller muss eine https-URL sein.</translation>
        </message>
        <message>
            <source>The subject is empty.</source>
            <translation>Das Subject ist leer.</translation>
        </message>
        <message>
            <source>An audience is required (usually %1).</source>
            <translation>Eine Zielgruppe ist erforderlich (meist %1).</translation>
        </message>
        <message>
            <source>An app registration's credential takes exactly one audience.</source>
            <translation>Die Anmeldeinformation einer App-Registrierung nimmt genau eine Zielgruppe.</translation>
        </message>
        <message>
            <source>A credential named %1 exists already.</source>
            <translation>Eine Anmeldeinformation namens %1 gibt es bereits.</translation>
        </message>
        <message>
            <source>The credential %1 has the same issuer and subject already.</source>
            <translation>Die Anmeldeinformation %1 hat bereits denselben Aussteller und dasselbe Subject.</translation>
        </message>
        <message>
            <source>The identity has %1 federated credentials, the most Entra ID allows. Remove one first.</source>
            <translation>Die Identität hat %1 Verbundanmeldeinformationen, so viele, wie Entra ID erlaubt. Entfernen Sie zuerst eine.</translation>
        </message>
        <message>
            <source>Add the federated credential %1 to %2 (issuer %3, subject %4)</source>
            <translation>Verbundanmeldeinformation %1 zu %2 hinzufügen (Aussteller %3, Subject %4)</translation>
        </message>
        <message>
            <source>Change the federated credential %1 of %2 to issuer %3, subject %4</source>
            <translation>Verbundanmeldeinformation %1 von %2 ändern auf Aussteller %3, Subject %4</translation>
        </message>
        <message>
            <source>Remove the federated credential %1 from %2</source>
            <translation>Verbundanmeldeinformation %1 von %2 entfernen</translation>
        </message>
        <message>
            <source>Azure CLI</source>
            <translation>Azure CLI</translation>
        </message>
        <message>
            <source>PowerShell</source>
            <translation>PowerShell</translation>
        </message>
        <message>
            <source>Bicep</source>
            <translation>Bicep</translation>
        </message>
        <message>
            <source>Terraform</source>
            <translation>Terraform</translation>
        </message>
    </context>
    <context>
        <name>ie::graph::AgentDetailsJob</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The blueprint principal</source>
            <translation>Der Blueprint-Prinzipal</translation>
        </message>
        <message>
            <source>The agent identities</source>
            <translation>Die Agent-Identitäten</translation>
        </message>
        <message>
            <source>The agent identity</source>
            <translation>Die Agent-Identität</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation>Sponsoren</translation>
        </message>
        <message>
            <source>The blueprint</source>
            <translation>Der Blueprint</translation>
        </message>
        <message>
            <source>The blueprint's inheritable permissions</source>
            <translation>Die vererbbaren Berechtigungen des Blueprints</translation>
        </message>
        <message>
            <source>The blueprint principal's delegated permissions</source>
            <translation>Die delegierten Berechtigungen des Blueprint-Prinzipals</translation>
        </message>
        <message>
            <source>A resource API</source>
            <translation>Eine Ressourcen-API</translation>
        </message>
    </context>
    <context>
        <name>ie::graph::AppRoleClient</name>
        <message>
            <source>%1 is a delegated permission (scope) of %2, not an app role: delegated permissions are consented, never assigned to an identity.</source>
            <translation>%1 ist eine delegierte Berechtigung (Scope) von %2, keine App-Rolle: Delegierten Berechtigungen wird zugestimmt, sie werden nie einer Identität zugewiesen.</translation>
        </message>
        <message>
            <source>%1 is not an app role of %2.</source>
            <translation>%1 ist keine App-Rolle von %2.</translation>
        </message>
        <message>
            <source>The app role %1 of %2 cannot be assigned to applications.</source>
            <translation>Die App-Rolle %1 von %2 kann Anwendungen nicht zugewiesen werden.</translation>
        </message>
        <message>
            <source>No app role was chosen.</source>
            <translation>Es wurde keine App-Rolle ausgewählt.</translation>
        </message>
        <message>
            <source>Graph gave no answer for this role.</source>
            <translation>Graph hat für diese Rolle keine Antwort gegeben.</translation>
        </message>
    </context>
    <context>
        <name>ie::graph::GrantPlan</name>
        <message>
            <source>curl</source>
            <translation>curl</translation>
        </message>
        <message>
            <source>Azure CLI</source>
            <translation>Azure CLI</translation>
        </message>
        <message>
            <source>PowerShell (Microsoft Graph / Az)</source>
            <translation>PowerShell (Microsoft Graph / Az)</translation>
        </message>
        <message>
            <source>Bicep</source>
            <translation>Bicep</translation>
        </message>
        <message>
            <source>Terraform</source>
            <translation>Terraform</translation>
        </message>
        <message>
            <source>the identity (principalId) %1</source>
            <translation>die Identität (principalId) %1</translation>
        </message>
        <message>
            <source>the resource API's service principal (resourceId): %1</source>
            <translation>der Dienstprinzipal der Ressourcen-API (resourceId): %1</translation>
        </message>
        <message>
            <source>the app role (appRoleId): %1</source>
            <translation>die App-Rolle (appRoleId): %1</translation>
        </message>
        <message>
            <source>the assignment of %1 on %2</source>
            <translation>die Zuweisung von %1 für %2</translation>
        </message>
        <message>
            <source>the role assignment's name, derived from scope, identity and role</source>
            <translation>der Name der Rollenzuweisung, abgeleitet aus Bereich, Identität und Rolle</translation>
        </message>
        <message>
            <source>the role definition: %1</source>
            <translation>die Rollendefinition: %1</translation>
        </message>
        <message>
            <source>the subscription</source>
            <translation>das Abonnement</translation>
        </message>
        <message>
            <source>the role assignment of %1</source>
            <translation>die Rollenzuweisung von %1</translation>
        </message>
        <message>
            <source>the management group</source>
            <translation>die Verwaltungsgruppe</translation>
        </message>
        <message>
            <source>the directory role (roleDefinitionId): %1</source>
            <translation>die Verzeichnisrolle (roleDefinitionId): %1</translation>
        </message>
        <message>
            <source>the assignment of the directory role %1</source>
            <translation>die Zuweisung der Verzeichnisrolle %1</translation>
        </message>
        <message>
            <source>the delegated permission grant of %1 on %2</source>
            <translation>die delegierte Berechtigungserteilung von %1 für %2</translation>
        </message>
        <message>
            <source>the application (appId): %1</source>
            <translation>die Anwendung (appId): %1</translation>
        </message>
    </context>
    <context>
        <name>ie::graph::GraphAccess</name>
        <message>
            <source>%1 or %2</source>
            <extracomment>joins names: "A, B or C"</extracomment>
            <translation>%1 oder %2</translation>
        </message>
        <message>
            <source>reading service principals</source>
            <translation>das Lesen von Dienstprinzipalen</translation>
        </message>
        <message>
            <source>reading app role assignments</source>
            <translation>das Lesen von App-Rollenzuweisungen</translation>
        </message>
        <message>
            <source>granting app roles of Microsoft Graph</source>
            <translation>das Erteilen von App-Rollen von Microsoft Graph</translation>
        </message>
        <message>
            <source>granting app roles</source>
            <translation>das Erteilen von App-Rollen</translation>
        </message>
        <message>
            <source>revoking app roles of Microsoft Graph</source>
            <translation>das Entziehen von App-Rollen von Microsoft Graph</translation>
        </message>
        <message>
            <source>revoking app roles</source>
            <translation>das Entziehen von App-Rollen</translation>
        </message>
        <message>
            <source>Signed in as the application %1, which holds the permissions for %2, yet Microsoft Graph refused: a permission may have been revoked since its token was issued. Sign in again.</source>
            <translation>Angemeldet als die Anwendung %1, die die Berechtigungen für %2 hat, und doch hat Microsoft Graph abgelehnt: Vielleicht wurde eine Berechtigung entzogen, seit ihr Token ausgestellt wurde. Melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>Signed in as the application %1, which lacks the Microsoft Graph application permission %2 needed for %3. Grant it to the application (and consent), then sign in again.</source>
            <translation>Angemeldet als die Anwendung %1, der die Microsoft-Graph-Anwendungsberechtigung %2 fehlt, die für %3 nötig ist. Erteilen Sie sie der Anwendung (mit Einwilligung) und melden Sie sich dann erneut an.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <source>Signed in as %1 through a client that was not granted the delegated permission %2 on Microsoft Graph, needed for %3. An administrator can consent to it for the client, or sign in with a client that has it.</source>
            <translation>Angemeldet als %1 über einen Client, dem die delegierte Berechtigung %2 für Microsoft Graph nicht erteilt wurde, die für %3 nötig ist. Ein Administrator kann für den Client einwilligen, oder Sie melden sich mit einem Client an, der sie hat.</translation>
        </message>
        <message>
            <source>Signed in as %1, which has no directory role that allows %2 (needs %3).</source>
            <translation>Angemeldet als %1; diese Identität hat keine Verzeichnisrolle, die %2 erlaubt (nötig: %3).</translation>
        </message>
        <message>
            <source>Signed in as %1, which holds what %2 needs, yet Microsoft Graph refused: a role may have been removed since sign-in, or the object is protected. Sign in again, or ask an administrator.</source>
            <translation>Angemeldet als %1; diese Identität hat, was %2 erfordert, und doch hat Microsoft Graph abgelehnt: Vielleicht wurde seit der Anmeldung eine Rolle entfernt, oder das Objekt ist geschützt. Melden Sie sich erneut an, oder fragen Sie einen Administrator.</translation>
        </message>
        <message>
            <source>reading directory role assignments</source>
            <translation>das Lesen von Verzeichnisrollenzuweisungen</translation>
        </message>
        <message>
            <source>assigning or removing directory roles</source>
            <translation>das Zuweisen oder Entfernen von Verzeichnisrollen</translation>
        </message>
        <message>
            <source>reading delegated permission grants</source>
            <translation>das Lesen delegierter Berechtigungserteilungen</translation>
        </message>
        <message>
            <source>changing or deleting delegated permission grants</source>
            <translation>das Ändern oder Löschen delegierter Berechtigungserteilungen</translation>
        </message>
        <message>
            <source>reading owners and owned objects</source>
            <translation>das Lesen von Besitzern und Objekten in deren Besitz</translation>
        </message>
    </context>
    <context>
        <name>ie::graph::PermissionReportJob</name>
        <message>
            <source>The report did not finish.</source>
            <translation>Der Bericht wurde nicht fertig.</translation>
        </message>
        <message>
            <source>The connection is gone.</source>
            <translation>Die Verbindung besteht nicht mehr.</translation>
        </message>
        <message numerus="yes">
            <source>Service principals: %n read</source>
            <translation>
                <numerusform>Dienstprinzipale: %n gelesen</numerusform>
                <numerusform>Dienstprinzipale: %n gelesen</numerusform>
            </translation>
        </message>
        <message>
            <source>App role assignments could not be read</source>
            <translation>App-Rollenzuweisungen konnten nicht gelesen werden</translation>
        </message>
        <message numerus="yes">
            <source>App roles: %1 of %n resource APIs read</source>
            <translation>
                <numerusform>App-Rollen: %1 von %n Ressourcen-API gelesen</numerusform>
                <numerusform>App-Rollen: %1 von %n Ressourcen-APIs gelesen</numerusform>
            </translation>
        </message>
        <message>
            <source>Azure role assignments could not be read, the subscriptions could not be listed</source>
            <translation>Azure-Rollenzuweisungen konnten nicht gelesen werden, die Abonnements ließen sich nicht auflisten</translation>
        </message>
        <message>
            <source>Role definitions could not be read, so role names may be unknown</source>
            <translation>Rollendefinitionen konnten nicht gelesen werden, daher können Rollennamen unbekannt sein</translation>
        </message>
        <message>
            <source>Azure role assignments could not be read</source>
            <translation>Azure-Rollenzuweisungen konnten nicht gelesen werden</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 und %n weiterer</numerusform>
                <numerusform>%1 und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1 (%2): %3</translation>
        </message>
        <message numerus="yes">
            <source>%n Azure role assignments name a role definition that was not found; their role name is unknown.</source>
            <translation>
                <numerusform>%n Azure-Rollenzuweisung nennt eine Rollendefinition, die nicht gefunden wurde; ihr Rollenname ist unbekannt.</numerusform>
                <numerusform>%n Azure-Rollenzuweisungen nennen eine Rollendefinition, die nicht gefunden wurde; ihr Rollenname ist unbekannt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Directory role assignments could not be read</source>
            <translation>Verzeichnisrollenzuweisungen konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>Delegated permission grants could not be read</source>
            <translation>Delegierte Berechtigungserteilungen konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>Owners of applications could not be read</source>
            <translation>Die Besitzer der Anwendungen konnten nicht gelesen werden</translation>
        </message>
    </context>
    <context>
        <name>ie::jwt::ClaimDictionary</name>
        <message>
            <source>Unknown claim</source>
            <translation>Unbekannter Claim</translation>
        </message>
        <message>
            <source>Not a claim Microsoft Entra ID documents: an optional claim of the API, or one added by another issuer.</source>
            <translation>Kein von Microsoft Entra ID dokumentierter Claim: ein optionaler Claim der API oder einer, den ein anderer Aussteller hinzugefügt hat.</translation>
        </message>
        <message>
            <source>Authentication time</source>
            <translation>Authentifizierungszeit</translation>
        </message>
        <message>
            <source>When the user last entered credentials.</source>
            <translation>Wann der Benutzer zuletzt Anmeldeinformationen eingegeben hat.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>The user's country or region (optional claim).</source>
            <translation>Land oder Region des Benutzers (optionaler Claim).</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>The user's surname.</source>
            <translation>Der Nachname des Benutzers.</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>The user's given name.</source>
            <translation>Der Vorname des Benutzers.</translation>
        </message>
        <message>
            <source>Issued at</source>
            <translation>Ausgestellt am</translation>
        </message>
        <message>
            <source>When the token was issued.</source>
            <translation>Wann das Token ausgestellt wurde.</translation>
        </message>
        <message>
            <source>IP address</source>
            <translation>IP-Adresse</translation>
        </message>
        <message>
            <source>The IP address the user authenticated from.</source>
            <translation>Die IP-Adresse, von der aus sich der Benutzer authentifiziert hat.</translation>
        </message>
        <message>
            <source>Token id</source>
            <translation>Token-ID</translation>
        </message>
        <message>
            <source>A unique identifier of the token (RFC 7519).</source>
            <translation>Eine eindeutige Kennung des Tokens (RFC 7519).</translation>
        </message>
        <message>
            <source>Login hint</source>
            <translation>Anmeldehinweis</translation>
        </message>
        <message>
            <source>An opaque hint to sign the same user in again.</source>
            <translation>Ein undurchsichtiger Hinweis, um denselben Benutzer erneut anzumelden.</translation>
        </message>
        <message>
            <source>Not before</source>
            <translation>Nicht vor</translation>
        </message>
        <message>
            <source>The time before which the token is not yet valid.</source>
            <translation>Der Zeitpunkt, vor dem das Token noch nicht gültig ist.</translation>
        </message>
        <message>
            <source>Passport user id</source>
            <translation>Passport-Benutzer-ID</translation>
        </message>
        <message>
            <source>An internal Microsoft account identifier.</source>
            <translation>Eine interne Kennung des Microsoft-Kontos.</translation>
        </message>
        <message>
            <source>Password expires</source>
            <translation>Kennwort läuft ab</translation>
        </message>
        <message>
            <source>Seconds until the user's password expires.</source>
            <translation>Sekunden, bis das Kennwort des Benutzers abläuft.</translation>
        </message>
        <message>
            <source>Password change URL</source>
            <translation>URL zur Kennwortänderung</translation>
        </message>
        <message>
            <source>Where the user can change their password.</source>
            <translation>Wo der Benutzer sein Kennwort ändern kann.</translation>
        </message>
        <message>
            <source>Session id</source>
            <translation>Sitzungs-ID</translation>
        </message>
        <message>
            <source>The user's sign-in session.</source>
            <translation>Die Anmeldesitzung des Benutzers.</translation>
        </message>
        <message>
            <source>Tenant creation time</source>
            <translation>Erstellungszeit des Mandanten</translation>
        </message>
        <message>
            <source>When the tenant was created.</source>
            <translation>Wann der Mandant erstellt wurde.</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
        <message>
            <source>Header parameters the receiver must understand.</source>
            <translation>Header-Parameter, die der Empfänger verstehen muss.</translation>
        </message>
        <message>
            <source>Content type</source>
            <translation>Inhaltstyp</translation>
        </message>
        <message>
            <source>The type of the payload when it is itself a JWT.</source>
            <translation>Der Typ der Nutzdaten, wenn diese selbst ein JWT sind.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>The token type, usually "JWT".</source>
            <translation>Der Tokentyp, meist „JWT“.</translation>
        </message>
        <message>
            <source>Certificate chain</source>
            <translation>Zertifikatkette</translation>
        </message>
        <message>
            <source>The signing certificate itself.</source>
            <translation>Das Signaturzertifikat selbst.</translation>
        </message>
        <message>
            <source>Account type</source>
            <translation>Kontotyp</translation>
        </message>
        <message>
            <source>Whether the user is a member (0) or a guest (1) of the tenant.</source>
            <translation>Ob der Benutzer Mitglied (0) oder Gast (1) des Mandanten ist.</translation>
        </message>
        <message>
            <source>Authentication context class</source>
            <translation>Authentifizierungskontextklasse</translation>
        </message>
        <message>
            <source>How the user signed in: "0" means the authentication did not meet ISO/IEC 29115 level 1, "1" is a normal sign-in.</source>
            <translation>Wie sich der Benutzer angemeldet hat: „0“ bedeutet, dass die Authentifizierung ISO/IEC 29115 Stufe 1 nicht erfüllt hat, „1“ ist eine normale Anmeldung.</translation>
        </message>
        <message>
            <source>Authentication context</source>
            <translation>Authentifizierungskontext</translation>
        </message>
        <message>
            <source>Conditional Access authentication contexts the sign-in satisfied.</source>
            <translation>Die Authentifizierungskontexte des bedingten Zugriffs, die die Anmeldung erfüllt hat.</translation>
        </message>
        <message>
            <source>Internal data</source>
            <translation>Interne Daten</translation>
        </message>
        <message>
            <source>Opaque value Microsoft Entra ID uses to reuse tokens. Ignore it.</source>
            <translation>Undurchsichtiger Wert, mit dem Microsoft Entra ID Tokens wiederverwendet. Ignorieren Sie ihn.</translation>
        </message>
        <message>
            <source>Authentication methods</source>
            <translation>Authentifizierungsmethoden</translation>
        </message>
        <message>
            <source>How the user proved who they are: pwd (password), mfa, rsa (key or certificate), otp, fed (federated), wia (Windows integrated).</source>
            <translation>Wie der Benutzer seine Identität nachgewiesen hat: pwd (Kennwort), mfa, rsa (Schlüssel oder Zertifikat), otp, fed (Verbund), wia (integrierte Windows-Authentifizierung).</translation>
        </message>
        <message>
            <source>App display name</source>
            <translation>Anzeigename der App</translation>
        </message>
        <message>
            <source>The display name of the client application that asked for the token (v1.0 tokens only, optional).</source>
            <translation>Der Anzeigename der Clientanwendung, die das Token angefordert hat (nur v1.0-Tokens, optional).</translation>
        </message>
        <message>
            <source>Client app id</source>
            <translation>Client-App-ID</translation>
        </message>
        <message>
            <source>The application (client) id of the app or managed identity that asked for the token (v1.0 tokens; azp in v2.0).</source>
            <translation>Die Anwendungs-ID (Client-ID) der App oder verwalteten Identität, die das Token angefordert hat (v1.0-Tokens; in v2.0 azp).</translation>
        </message>
        <message>
            <source>Client authentication</source>
            <translation>Client-Authentifizierung</translation>
        </message>
        <message>
            <source>How the client proved its identity: 0 public client (no secret), 1 client secret, 2 certificate or managed identity (v1.0 tokens).</source>
            <translation>Wie der Client seine Identität nachgewiesen hat: 0 öffentlicher Client (kein Geheimnis), 1 Clientgeheimnis, 2 Zertifikat oder verwaltete Identität (v1.0-Tokens).</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>The API the token is for. Only that API accepts it; a call to another API with this token fails with 401 (invalid audience).</source>
            <translation>Die API, für die das Token bestimmt ist. Nur diese API akzeptiert es; ein Aufruf einer anderen API mit diesem Token scheitert mit 401 (ungültige Zielgruppe).</translation>
        </message>
        <message>
            <source>The application (client) id of the app or managed identity that asked for the token (v2.0 tokens; appid in v1.0).</source>
            <translation>Die Anwendungs-ID (Client-ID) der App oder verwalteten Identität, die das Token angefordert hat (v2.0-Tokens; in v1.0 appid).</translation>
        </message>
        <message>
            <source>How the client proved its identity: 0 public client (no secret), 1 client secret, 2 certificate or managed identity (v2.0 tokens).</source>
            <translation>Wie der Client seine Identität nachgewiesen hat: 0 öffentlicher Client (kein Geheimnis), 1 Clientgeheimnis, 2 Zertifikat oder verwaltete Identität (v2.0-Tokens).</translation>
        </message>
        <message>
            <source>Device id</source>
            <translation>Geräte-ID</translation>
        </message>
        <message>
            <source>The Microsoft Entra device id of the device the user signed in on.</source>
            <translation>Die Microsoft Entra-Geräte-ID des Geräts, auf dem sich der Benutzer angemeldet hat.</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>The user's email address, when the account has one (optional claim; not verified for guests).</source>
            <translation>Die E-Mail-Adresse des Benutzers, sofern das Konto eine hat (optionaler Claim; bei Gästen nicht überprüft).</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>The time after which the API must reject the token. Entra access tokens live 60 to 90 minutes; managed identity tokens up to 24 hours.</source>
            <translation>Der Zeitpunkt, ab dem die API das Token ablehnen muss. Entra-Zugriffstokens gelten 60 bis 90 Minuten, Tokens verwalteter Identitäten bis zu 24 Stunden.</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Gruppen</translation>
        </message>
        <message>
            <source>Object ids of the groups the user or service principal belongs to (when the app asks for group claims). Too many groups are replaced by an overage claim.</source>
            <translation>Objekt-IDs der Gruppen, denen der Benutzer oder Dienstprinzipal angehört (wenn die App Gruppen-Claims anfordert). Zu viele Gruppen werden durch einen Überschreitungs-Claim ersetzt.</translation>
        </message>
        <message>
            <source>Groups overage</source>
            <translation>Gruppenüberschreitung</translation>
        </message>
        <message>
            <source>The user is in more groups than fit in a token: call Microsoft Graph to list them.</source>
            <translation>Der Benutzer ist in mehr Gruppen, als in ein Token passen: Rufen Sie Microsoft Graph auf, um sie aufzulisten.</translation>
        </message>
        <message>
            <source>Identity provider</source>
            <translation>Identitätsanbieter</translation>
        </message>
        <message>
            <source>Who authenticated the subject. For a guest it names their home tenant or provider; when it equals the issuer it is usually left out.</source>
            <translation>Wer den Prinzipal authentifiziert hat. Bei einem Gast nennt er dessen Basismandanten oder Anbieter; stimmt er mit dem Aussteller überein, fehlt er meist.</translation>
        </message>
        <message>
            <source>Identity type</source>
            <translation>Identitätstyp</translation>
        </message>
        <message>
            <source>"app" for an app-only token (a service principal or managed identity), "user" for a token on behalf of a user (optional claim).</source>
            <translation>„app“ für ein reines App-Token (Dienstprinzipal oder verwaltete Identität), „user“ für ein Token im Namen eines Benutzers (optionaler Claim).</translation>
        </message>
        <message>
            <source>Inside corporate network</source>
            <translation>Im Unternehmensnetzwerk</translation>
        </message>
        <message>
            <source>The client signs in from the corporate network (from a federated identity provider).</source>
            <translation>Der Client meldet sich aus dem Unternehmensnetzwerk an (laut einem Verbund-Identitätsanbieter).</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Aussteller</translation>
        </message>
        <message>
            <source>The security token service that issued the token and the tenant it signed it for. v1.0 tokens: https://sts.windows.net/{tenant}/; v2.0: https://login.microsoftonline.com/{tenant}/v2.0.</source>
            <translation>Der Sicherheitstokendienst, der das Token ausgestellt hat, und der Mandant, für den er es signiert hat. v1.0-Tokens: https://sts.windows.net/{tenant}/; v2.0: https://login.microsoftonline.com/{tenant}/v2.0.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>The display name of the user. Not unique; never authorize on it.</source>
            <translation>Der Anzeigename des Benutzers. Nicht eindeutig; autorisieren Sie nie danach.</translation>
        </message>
        <message>
            <source>Nonce</source>
            <translation>Nonce</translation>
        </message>
        <message>
            <source>A value the client sent to tie an ID token to its sign-in request.</source>
            <translation>Ein vom Client gesendeter Wert, der ein ID-Token an seine Anmeldeanforderung bindet.</translation>
        </message>
        <message>
            <source>Object id</source>
            <translation>Objekt-ID</translation>
        </message>
        <message>
            <source>The object id of the user, service principal or managed identity in this tenant: the principal that role assignments and app role assignments name. Stable and unique; authorize on oid with tid.</source>
            <translation>Die Objekt-ID des Benutzers, Dienstprinzipals oder der verwalteten Identität in diesem Mandanten: der Prinzipal, den Rollenzuweisungen und App-Rollenzuweisungen nennen. Stabil und eindeutig; autorisieren Sie nach oid zusammen mit tid.</translation>
        </message>
        <message>
            <source>On-premises SID</source>
            <translation>Lokale SID</translation>
        </message>
        <message>
            <source>The security identifier of the user in the on-premises Active Directory.</source>
            <translation>Die Sicherheits-ID des Benutzers im lokalen Active Directory.</translation>
        </message>
        <message>
            <source>Preferred user name</source>
            <translation>Bevorzugter Benutzername</translation>
        </message>
        <message>
            <source>The user's sign-in name (v2.0). It can change; never authorize on it.</source>
            <translation>Der Anmeldename des Benutzers (v2.0). Er kann sich ändern; autorisieren Sie nie danach.</translation>
        </message>
        <message>
            <source>Opaque value Microsoft Entra ID uses to revalidate tokens. Ignore it.</source>
            <translation>Undurchsichtiger Wert, mit dem Microsoft Entra ID Tokens erneut überprüft. Ignorieren Sie ihn.</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>App roles (application permissions in app-only tokens, or app roles assigned to the user) that the client has on this API. Assigned roles appear in the next token the client obtains, not in one it already holds.</source>
            <translation>App-Rollen (Anwendungsberechtigungen in reinen App-Tokens oder dem Benutzer zugewiesene App-Rollen), die der Client für diese API hat. Neu zugewiesene Rollen erscheinen erst im nächsten Token, das der Client bezieht, nicht in einem, das er schon hat.</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Delegated permissions the user consented to for this client on this API, separated by spaces. Only in tokens on behalf of a user.</source>
            <translation>Delegierte Berechtigungen, denen der Benutzer für diesen Client auf dieser API zugestimmt hat, durch Leerzeichen getrennt. Nur in Tokens im Namen eines Benutzers.</translation>
        </message>
        <message>
            <source>Sign-in state</source>
            <translation>Anmeldestatus</translation>
        </message>
        <message>
            <source>Device or network facts of the sign-in (kmsi, inknownntwk, dvc_mngd, dvc_cmp).</source>
            <translation>Geräte- oder Netzwerkangaben zur Anmeldung (kmsi, inknownntwk, dvc_mngd, dvc_cmp).</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Antragsteller</translation>
        </message>
        <message>
            <source>The principal the token is about, unique per application (pairwise): it differs between apps for the same user. For app-only tokens it equals oid.</source>
            <translation>Der Prinzipal, um den es im Token geht, eindeutig pro Anwendung (paarweise): Für denselben Benutzer unterscheidet er sich zwischen Apps. Bei reinen App-Tokens entspricht er oid.</translation>
        </message>
        <message>
            <source>Tenant country</source>
            <translation>Land des Mandanten</translation>
        </message>
        <message>
            <source>The country or region of the tenant (optional claim).</source>
            <translation>Land oder Region des Mandanten (optionaler Claim).</translation>
        </message>
        <message>
            <source>Tenant region</source>
            <translation>Region des Mandanten</translation>
        </message>
        <message>
            <source>The region of the tenant (optional claim).</source>
            <translation>Die Region des Mandanten (optionaler Claim).</translation>
        </message>
        <message>
            <source>Tenant id</source>
            <translation>Mandanten-ID</translation>
        </message>
        <message>
            <source>The tenant the principal signed in to and whose directory the token's oid and roles come from.</source>
            <translation>Der Mandant, bei dem sich der Prinzipal angemeldet hat und aus dessen Verzeichnis oid und Rollen des Tokens stammen.</translation>
        </message>
        <message>
            <source>Unique name</source>
            <translation>Eindeutiger Name</translation>
        </message>
        <message>
            <source>A human-readable name of the user (v1.0). It can change; never authorize on it.</source>
            <translation>Ein lesbarer Name des Benutzers (v1.0). Er kann sich ändern; autorisieren Sie nie danach.</translation>
        </message>
        <message>
            <source>User principal name</source>
            <translation>Benutzerprinzipalname</translation>
        </message>
        <message>
            <source>The user's sign-in name (user@contoso.com). It can change; never authorize on it.</source>
            <translation>Der Anmeldename des Benutzers (user@contoso.com). Er kann sich ändern; autorisieren Sie nie danach.</translation>
        </message>
        <message>
            <source>Token identifier</source>
            <translation>Token-Kennung</translation>
        </message>
        <message>
            <source>A unique id of this token, used by Microsoft Entra ID to revoke it. Ignore it.</source>
            <translation>Eine eindeutige ID dieses Tokens, mit der Microsoft Entra ID es widerrufen kann. Ignorieren Sie sie.</translation>
        </message>
        <message>
            <source>Token version</source>
            <translation>Tokenversion</translation>
        </message>
        <message>
            <source>The access token format: "1.0" or "2.0". The API's manifest (requestedAccessTokenVersion) decides it, not the client.</source>
            <translation>Das Format des Zugriffstokens: „1.0“ oder „2.0“. Das Manifest der API (requestedAccessTokenVersion) bestimmt es, nicht der Client.</translation>
        </message>
        <message>
            <source>Verified primary email</source>
            <translation>Überprüfte primäre E-Mail</translation>
        </message>
        <message>
            <source>The user's primary email, verified by the tenant (optional claim).</source>
            <translation>Die primäre E-Mail-Adresse des Benutzers, vom Mandanten überprüft (optionaler Claim).</translation>
        </message>
        <message>
            <source>Verified secondary emails</source>
            <translation>Überprüfte sekundäre E-Mails</translation>
        </message>
        <message>
            <source>The user's other verified emails (optional claim).</source>
            <translation>Die weiteren überprüften E-Mail-Adressen des Benutzers (optionaler Claim).</translation>
        </message>
        <message>
            <source>Directory roles</source>
            <translation>Verzeichnisrollen</translation>
        </message>
        <message>
            <source>Template ids of the Microsoft Entra directory roles (Global Administrator, ...) the principal holds in this tenant.</source>
            <translation>Vorlagen-IDs der Microsoft Entra-Verzeichnisrollen (Globaler Administrator, …), die der Prinzipal in diesem Mandanten innehat.</translation>
        </message>
        <message>
            <source>Client capabilities</source>
            <translation>Clientfähigkeiten</translation>
        </message>
        <message>
            <source>The client can handle claims challenges ("cp1"): the API may send one for continuous access evaluation.</source>
            <translation>Der Client kann Claims-Challenges verarbeiten („cp1“): Die API darf für die fortlaufende Zugriffsevaluierung eine senden.</translation>
        </message>
        <message>
            <source>Opaque value of the token service (front door). Ignore it.</source>
            <translation>Undurchsichtiger Wert des Tokendienstes (Front Door). Ignorieren Sie ihn.</translation>
        </message>
        <message>
            <source>Identity relationship</source>
            <translation>Identitätsbeziehung</translation>
        </message>
        <message>
            <source>Internal data about how the principal relates to the tenant (member, guest). Ignore it.</source>
            <translation>Interne Daten darüber, in welcher Beziehung der Prinzipal zum Mandanten steht (Mitglied, Gast). Ignorieren Sie sie.</translation>
        </message>
        <message>
            <source>Managed identity resource</source>
            <translation>Ressource der verwalteten Identität</translation>
        </message>
        <message>
            <source>The Azure resource id of the managed identity that asked for the token: the user-assigned identity itself, or the resource (VM, function app, ...) whose system-assigned identity it is.</source>
            <translation>Die Azure-Ressourcen-ID der verwalteten Identität, die das Token angefordert hat: die benutzerseitig zugewiesene Identität selbst oder die Ressource (VM, Funktions-App, …), deren systemseitig zugewiesene Identität es ist.</translation>
        </message>
        <message>
            <source>Preferred data location</source>
            <translation>Bevorzugter Datenspeicherort</translation>
        </message>
        <message>
            <source>The user's preferred data location in a multi-geo tenant.</source>
            <translation>Der bevorzugte Datenspeicherort des Benutzers in einem Multi-Geo-Mandanten.</translation>
        </message>
        <message>
            <source>User preferred language</source>
            <translation>Bevorzugte Sprache des Benutzers</translation>
        </message>
        <message>
            <source>The user's preferred language (optional claim).</source>
            <translation>Die bevorzugte Sprache des Benutzers (optionaler Claim).</translation>
        </message>
        <message>
            <source>Tenant preferred language</source>
            <translation>Bevorzugte Sprache des Mandanten</translation>
        </message>
        <message>
            <source>The tenant's preferred language (optional claim).</source>
            <translation>Die bevorzugte Sprache des Mandanten (optionaler Claim).</translation>
        </message>
        <message>
            <source>Zero-touch deployment id</source>
            <translation>Zero-Touch-Bereitstellungs-ID</translation>
        </message>
        <message>
            <source>The device identity used for Windows Autopilot.</source>
            <translation>Die für Windows Autopilot verwendete Geräteidentität.</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Algorithmus</translation>
        </message>
        <message>
            <source>The signature algorithm. Entra ID signs with RS256; "none" (unsigned) is never acceptable.</source>
            <translation>Der Signaturalgorithmus. Entra ID signiert mit RS256; „none“ (unsigniert) ist nie akzeptabel.</translation>
        </message>
        <message>
            <source>Key set URL</source>
            <translation>URL des Schlüsselsatzes</translation>
        </message>
        <message>
            <source>A URL of keys. Never trusted: the keys come from the issuer's OpenID configuration.</source>
            <translation>Eine URL mit Schlüsseln. Ihr wird nie vertraut: Die Schlüssel stammen aus der OpenID-Konfiguration des Ausstellers.</translation>
        </message>
        <message>
            <source>Key id</source>
            <translation>Schlüssel-ID</translation>
        </message>
        <message>
            <source>Which of the issuer's signing keys (in its JWKS) signed the token.</source>
            <translation>Welcher der Signaturschlüssel des Ausstellers (in seinem JWKS) das Token signiert hat.</translation>
        </message>
        <message>
            <source>Microsoft Graph adds this to its tokens: they are meant only for Graph, and their signature cannot be verified by anyone else. That is by design, not tampering.</source>
            <translation>Microsoft Graph fügt dies seinen Tokens hinzu: Sie sind nur für Graph bestimmt, und ihre Signatur kann niemand sonst überprüfen. Das ist so gewollt und keine Manipulation.</translation>
        </message>
        <message>
            <source>Certificate thumbprint</source>
            <translation>Zertifikatfingerabdruck</translation>
        </message>
        <message>
            <source>The SHA-1 thumbprint of the signing certificate (v1.0 tokens; the same as kid).</source>
            <translation>Der SHA-1-Fingerabdruck des Signaturzertifikats (v1.0-Tokens; identisch mit kid).</translation>
        </message>
    </context>
    <context>
        <name>ie::jwt::DecodeCommand</name>
        <message>
            <source>not checked (use --verify or --jwks)</source>
            <translation>nicht geprüft (--verify oder --jwks verwenden)</translation>
        </message>
        <message>
            <source>signature: %1</source>
            <translation>Signatur: %1</translation>
        </message>
        <message>
            <source>Decode, explain and verify an access token.</source>
            <translation>Ein Zugriffstoken decodieren, erklären und überprüfen.</translation>
        </message>
        <message>
            <source>The token (also "Bearer ..." or az/IMDS JSON); "-" or nothing reads it from standard input.</source>
            <translation>Das Token (auch „Bearer …“ oder az-/IMDS-JSON); „-“ oder nichts liest es von der Standardeingabe.</translation>
        </message>
        <message>
            <source>Print a JSON object.</source>
            <translation>Ein JSON-Objekt ausgeben.</translation>
        </message>
        <message>
            <source>Verify the signature with the issuer's published keys (needs network access to the issuer's login host).</source>
            <translation>Die Signatur mit den veröffentlichten Schlüsseln des Ausstellers prüfen (benötigt Netzwerkzugriff auf dessen Anmeldehost).</translation>
        </message>
        <message>
            <source>Verify the signature offline against a JWKS file or a PEM public key.</source>
            <translation>Die Signatur offline gegen eine JWKS-Datei oder einen öffentlichen PEM-Schlüssel prüfen.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Evaluate expiry at this time (seconds since 1970 UTC).</source>
            <translation>Den Ablauf zu diesem Zeitpunkt bewerten (Sekunden seit 1970 UTC).</translation>
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
            <source>give one token (or "-" to read it from standard input)</source>
            <translation>geben Sie ein Token an (oder „-“, um es von der Standardeingabe zu lesen)</translation>
        </message>
        <message>
            <source>use either --verify or --jwks, not both</source>
            <translation>verwenden Sie entweder --verify oder --jwks, nicht beides</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>--at needs a time in seconds since 1970 (UTC): %1</source>
            <translation>--at erwartet eine Zeit in Sekunden seit 1970 (UTC): %1</translation>
        </message>
        <message>
            <source>standard input holds more than %1; a token is at most %2</source>
            <translation>die Standardeingabe enthält mehr als %1; ein Token ist höchstens %2 groß</translation>
        </message>
    </context>
    <context>
        <name>ie::jwt::JwksFetcher</name>
        <message>
            <source>The token has no usable issuer ("iss"), so its keys cannot be found.</source>
            <translation>Das Token hat keinen verwendbaren Aussteller („iss“), daher lassen sich seine Schlüssel nicht finden.</translation>
        </message>
        <message>
            <source>The issuer %1 is not https: keys are only fetched over https.</source>
            <translation>Der Aussteller %1 verwendet kein https: Schlüssel werden nur über https abgerufen.</translation>
        </message>
        <message>
            <source>The issuer %1 names no tenant.</source>
            <translation>Der Aussteller %1 nennt keinen Mandanten.</translation>
        </message>
        <message>
            <source>The issuer %1 is not a Microsoft Entra login host of a known cloud or of the current sandbox, so its keys are not fetched. Verify against a key file instead.</source>
            <translation>Der Aussteller %1 ist kein Microsoft Entra-Anmeldehost einer bekannten Cloud oder der aktuellen Sandbox, daher werden seine Schlüssel nicht abgerufen. Prüfen Sie stattdessen gegen eine Schlüsseldatei.</translation>
        </message>
        <message>
            <source>The OpenID configuration is for issuer %1, not %2: the token's issuer does not match its tenant.</source>
            <translation>Die OpenID-Konfiguration gilt für den Aussteller %1, nicht für %2: Der Aussteller des Tokens passt nicht zu seinem Mandanten.</translation>
        </message>
        <message>
            <source>The OpenID configuration names keys at %1, which is not an https login host; they are not fetched.</source>
            <translation>Die OpenID-Konfiguration nennt Schlüssel unter %1, das ist kein https-Anmeldehost; sie werden nicht abgerufen.</translation>
        </message>
        <message>
            <source>The issuer's keys could not be fetched: %1</source>
            <translation>Die Schlüssel des Ausstellers konnten nicht abgerufen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>ie::jwt::JwtDecoder</name>
        <message>
            <source>header</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>payload</source>
            <translation>Nutzdaten</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>a boolean</source>
            <translation>ein Wahrheitswert</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>eine Zeichenfolge</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>ein Array</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>undefiniert</translation>
        </message>
        <message>
            <source>a number (seconds since 1970-01-01 UTC)</source>
            <translation>eine Zahl (Sekunden seit 1970-01-01 UTC)</translation>
        </message>
        <message>
            <source>a string or an array of strings</source>
            <translation>eine Zeichenfolge oder ein Array von Zeichenfolgen</translation>
        </message>
        <message>
            <source>an array of strings</source>
            <translation>ein Array von Zeichenfolgen</translation>
        </message>
        <message>
            <source>The claim "%1" must be %2, but it is %3. The token was not issued by Microsoft Entra ID as it is, or it was altered.</source>
            <translation>Der Claim „%1“ muss %2 sein, ist aber %3. Das Token wurde so nicht von Microsoft Entra ID ausgestellt oder wurde verändert.</translation>
        </message>
        <message>
            <source>The %1 is not valid base64url: its length (%2 characters) is impossible; the token was probably cut off when copied.</source>
            <translation>%1: kein gültiges base64url – die Länge (%2 Zeichen) ist unmöglich; das Token wurde beim Kopieren vermutlich abgeschnitten.</translation>
        </message>
        <message>
            <source>The %1 is not valid base64url: character %2 at position %3 of the %1 (position %4 of the token) is not allowed. Only A-Z, a-z, 0-9, "-" and "_" may appear, without "=" padding.</source>
            <translation>%1: kein gültiges base64url – das Zeichen %2 an Position %3 (Position %4 des Tokens) ist nicht erlaubt. Zulässig sind nur A-Z, a-z, 0-9, „-“ und „_“, ohne „=“-Auffüllung.</translation>
        </message>
        <message>
            <source>The %1 decodes, but is not valid JSON: %2 at byte %3.</source>
            <translation>%1: lässt sich decodieren, ist aber kein gültiges JSON: %2 bei Byte %3.</translation>
        </message>
        <message>
            <source>The %1 is JSON, but not a JSON object ({...}) as a JWT requires.</source>
            <translation>%1: ist JSON, aber kein JSON-Objekt ({…}), wie es ein JWT verlangt.</translation>
        </message>
        <message>
            <source>There is no token to decode: paste an access token.</source>
            <translation>Es gibt kein Token zum Decodieren: Fügen Sie ein Zugriffstoken ein.</translation>
        </message>
        <message>
            <source>This is an encrypted token (JWE, five parts). It cannot be read without the recipient's private key; only the API it was issued for can decrypt it.</source>
            <translation>Dies ist ein verschlüsseltes Token (JWE, fünf Teile). Ohne den privaten Schlüssel des Empfängers ist es nicht lesbar; nur die API, für die es ausgestellt wurde, kann es entschlüsseln.</translation>
        </message>
        <message>
            <source>This is not a JWT: a token has three parts separated by dots (header.payload.signature), and this text has no dot.</source>
            <translation>Dies ist kein JWT: Ein Token hat drei durch Punkte getrennte Teile (Header.Nutzdaten.Signatur), und dieser Text enthält keinen Punkt.</translation>
        </message>
        <message>
            <source>This token has only two parts; the signature part is missing. Copy the whole token, up to its end.</source>
            <translation>Dieses Token hat nur zwei Teile; die Signatur fehlt. Kopieren Sie das ganze Token bis zu seinem Ende.</translation>
        </message>
        <message>
            <source>This text has %1 dots; a signed token has exactly two (header.payload.signature).</source>
            <translation>Dieser Text hat %1 Punkte; ein signiertes Token hat genau zwei (Header.Nutzdaten.Signatur).</translation>
        </message>
        <message>
            <source>more than four</source>
            <translation>mehr als vier</translation>
        </message>
        <message>
            <source>The header part (before the first dot) is empty.</source>
            <translation>Der Header-Teil (vor dem ersten Punkt) ist leer.</translation>
        </message>
        <message>
            <source>The payload part (between the dots) is empty.</source>
            <translation>Der Nutzdatenteil (zwischen den Punkten) ist leer.</translation>
        </message>
        <message>
            <source>The header has no "alg" (signature algorithm), which every JWS must name.</source>
            <translation>Der Header hat kein „alg“ (Signaturalgorithmus), das jedes JWS nennen muss.</translation>
        </message>
        <message>
            <source>The header's "alg" must be a non-empty string, but it is %1.</source>
            <translation>„alg“ im Header muss eine nicht leere Zeichenfolge sein, ist aber %1.</translation>
        </message>
        <message>
            <source>The header names a content encryption ("enc"): this is an encrypted token (JWE) and cannot be read without the recipient's key.</source>
            <translation>Der Header nennt eine Inhaltsverschlüsselung („enc“): Dies ist ein verschlüsseltes Token (JWE) und ohne den Schlüssel des Empfängers nicht lesbar.</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>The text is %1 long; a token is at most %2. Paste a single token.</source>
            <translation>Der Text ist %1 lang; ein Token ist höchstens %2 groß. Fügen Sie ein einzelnes Token ein.</translation>
        </message>
    </context>
    <context>
        <name>ie::jwt::KeySet</name>
        <message>
            <source>This is not a JSON Web Key Set: expected {"keys": [...]}.</source>
            <translation>Dies ist kein JSON Web Key Set: erwartet wird {"keys": [...]}.</translation>
        </message>
        <message>
            <source>key %1 is for %2, not signatures</source>
            <translation>Schlüssel %1 dient zu %2, nicht für Signaturen</translation>
        </message>
        <message>
            <source>key %1 (%2) could not be read</source>
            <translation>Schlüssel %1 (%2) konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>The key set holds no usable signing key (RSA or EC).</source>
            <translation>Der Schlüsselsatz enthält keinen verwendbaren Signaturschlüssel (RSA oder EC).</translation>
        </message>
        <message>
            <source>The PEM text holds no public key or certificate.</source>
            <translation>Der PEM-Text enthält keinen öffentlichen Schlüssel und kein Zertifikat.</translation>
        </message>
    </context>
    <context>
        <name>ie::jwt::SignatureCheck</name>
        <message>
            <source>signature not checked</source>
            <translation>Signatur nicht geprüft</translation>
        </message>
        <message>
            <source>signature valid</source>
            <translation>Signatur gültig</translation>
        </message>
        <message>
            <source>signature INVALID</source>
            <translation>Signatur UNGÜLTIG</translation>
        </message>
        <message>
            <source>signature not verifiable</source>
            <translation>Signatur nicht überprüfbar</translation>
        </message>
    </context>
    <context>
        <name>ie::jwt::SignatureVerifier</name>
        <message>
            <source>The token is not signed (alg "none"). Anyone can write such a token; no API may accept it.</source>
            <translation>Das Token ist nicht signiert (alg „none“). Ein solches Token kann jeder schreiben; keine API darf es akzeptieren.</translation>
        </message>
        <message>
            <source>The token is signed with a shared secret (%1). Only the holder of that secret can verify it; Microsoft Entra ID never signs access tokens this way.</source>
            <translation>Das Token ist mit einem gemeinsamen Geheimnis signiert (%1). Nur wer dieses Geheimnis besitzt, kann es prüfen; Microsoft Entra ID signiert Zugriffstokens nie so.</translation>
        </message>
        <message>
            <source>The signature algorithm "%1" is not supported (RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384 and ES512 are).</source>
            <translation>Der Signaturalgorithmus „%1“ wird nicht unterstützt (unterstützt werden RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384 und ES512).</translation>
        </message>
        <message>
            <source>The header says %1, but the signature part is empty.</source>
            <translation>Der Header nennt %1, aber der Signaturteil ist leer.</translation>
        </message>
        <message numerus="yes">
            <source>The token names no key (no "kid") and the key set holds %n keys: choose a single key.</source>
            <translation>
                <numerusform>Das Token nennt keinen Schlüssel (kein „kid“), und der Schlüsselsatz enthält %n Schlüssel: Wählen Sie einen einzelnen Schlüssel.</numerusform>
                <numerusform>Das Token nennt keinen Schlüssel (kein „kid“), und der Schlüsselsatz enthält %n Schlüssel: Wählen Sie einen einzelnen Schlüssel.</numerusform>
            </translation>
        </message>
        <message>
            <source>No key with kid "%1" in the key set. The issuer may have rotated its keys (fetch them again), or the token was issued by someone else.</source>
            <translation>Kein Schlüssel mit kid „%1“ im Schlüsselsatz. Der Aussteller hat seine Schlüssel möglicherweise gewechselt (rufen Sie sie erneut ab), oder das Token stammt von jemand anderem.</translation>
        </message>
        <message>
            <source>The token says %1, but key "%2" is a %3 key.</source>
            <translation>Das Token nennt %1, aber Schlüssel „%2“ ist ein %3-Schlüssel.</translation>
        </message>
        <message>
            <source>The token says %1, but key "%2" is on curve %3.</source>
            <translation>Das Token nennt %1, aber Schlüssel „%2“ liegt auf der Kurve %3.</translation>
        </message>
        <message>
            <source>The token says %1, but key "%2" is for %3 only.</source>
            <translation>Das Token nennt %1, aber Schlüssel „%2“ ist nur für %3 bestimmt.</translation>
        </message>
        <message>
            <source>The %1 signature has %2 bytes instead of %3.</source>
            <translation>Die %1-Signatur hat %2 Bytes statt %3.</translation>
        </message>
        <message>
            <source>The signature is valid: the given key signed this token.</source>
            <translation>Die Signatur ist gültig: Der angegebene Schlüssel hat dieses Token signiert.</translation>
        </message>
        <message>
            <source>The signature is valid: key "%1" signed this token.</source>
            <translation>Die Signatur ist gültig: Schlüssel „%1“ hat dieses Token signiert.</translation>
        </message>
        <message>
            <source>This token carries a "nonce" in its header, as Microsoft Graph tokens do. Graph signs such tokens in a way only Graph itself can check, so a plain verification fails by design: that is not tampering. Check Graph tokens by calling Graph.</source>
            <translation>Dieses Token trägt eine „nonce“ im Header, wie es Microsoft Graph-Tokens tun. Graph signiert solche Tokens so, dass nur Graph selbst sie prüfen kann; eine gewöhnliche Prüfung scheitert daher absichtlich – das ist keine Manipulation. Prüfen Sie Graph-Tokens, indem Sie Graph aufrufen.</translation>
        </message>
        <message>
            <source>The signature does not match: the token was altered, or signed by a different key than "%1".</source>
            <translation>Die Signatur passt nicht: Das Token wurde verändert oder mit einem anderen Schlüssel als „%1“ signiert.</translation>
        </message>
    </context>
    <context>
        <name>ie::jwt::TokenExplainer</name>
        <message>
            <source>Microsoft Graph</source>
            <translation>Microsoft Graph</translation>
        </message>
        <message>
            <source>Azure Resource Manager</source>
            <translation>Azure Resource Manager</translation>
        </message>
        <message>
            <source>Azure Key Vault</source>
            <translation>Azure Key Vault</translation>
        </message>
        <message>
            <source>Azure Storage</source>
            <translation>Azure Storage</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 T.</translation>
        </message>
        <message>
            <source>not valid yet (valid in %1)</source>
            <translation>noch nicht gültig (gültig in %1)</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>kein Ablauf</translation>
        </message>
        <message>
            <source>expired %1 ago</source>
            <translation>vor %1 abgelaufen</translation>
        </message>
        <message>
            <source>expires in %1</source>
            <translation>läuft in %1 ab</translation>
        </message>
        <message>
            <source>%1 UTC (%2 local)</source>
            <translation>%1 UTC (%2 lokal)</translation>
        </message>
        <message>
            <source>App-only token without an audience (v%1)</source>
            <translation>Reines App-Token ohne Zielgruppe (v%1)</translation>
        </message>
        <message>
            <source>Delegated token without an audience (v%1)</source>
            <translation>Delegiertes Token ohne Zielgruppe (v%1)</translation>
        </message>
        <message>
            <source>App-only token for %1 (v%2)</source>
            <translation>Reines App-Token für %1 (v%2)</translation>
        </message>
        <message>
            <source>Delegated token for %1 (v%2)</source>
            <translation>Delegiertes Token für %1 (v%2)</translation>
        </message>
        <message>
            <source>issued to app %1 for a user</source>
            <translation>ausgestellt an die App %1 für einen Benutzer</translation>
        </message>
        <message>
            <source>issued to %1 through app %2</source>
            <translation>ausgestellt an %1 über die App %2</translation>
        </message>
        <message>
            <source>issued to managed identity %1</source>
            <translation>ausgestellt an die verwaltete Identität %1</translation>
        </message>
        <message>
            <source>issued to app %1</source>
            <translation>ausgestellt an die App %1</translation>
        </message>
        <message>
            <source>in tenant %1</source>
            <translation>im Mandanten %1</translation>
        </message>
        <message>
            <source>%1 in tenant %2</source>
            <translation>%1 im Mandanten %2</translation>
        </message>
        <message>
            <source>no roles</source>
            <translation>keine Rollen</translation>
        </message>
        <message>
            <source>roles: %1</source>
            <translation>Rollen: %1</translation>
        </message>
        <message>
            <source>no scopes</source>
            <translation>keine Bereiche</translation>
        </message>
        <message>
            <source>scopes: %1</source>
            <translation>Bereiche: %1</translation>
        </message>
        <message>
            <source>directory roles: %1</source>
            <translation>Verzeichnisrollen: %1</translation>
        </message>
        <message>
            <source>unknown role %1</source>
            <translation>unbekannte Rolle %1</translation>
        </message>
        <message>
            <source>managed identity %1</source>
            <translation>verwaltete Identität %1</translation>
        </message>
        <message>
            <source>v2.0 token</source>
            <translation>v2.0-Token</translation>
        </message>
        <message>
            <source>v1.0 token</source>
            <translation>v1.0-Token</translation>
        </message>
        <message>
            <source>invalid %1: %2 is not a time between 1970 and 9999</source>
            <translation>ungültiges %1: %2 ist keine Zeit zwischen 1970 und 9999</translation>
        </message>
        <message>
            <source>User (default member permissions, not an assigned role)</source>
            <translation>Benutzer (Standardberechtigungen eines Mitglieds, keine zugewiesene Rolle)</translation>
        </message>
        <message>
            <source>default service principal permissions (not an assigned role)</source>
            <translation>Standardberechtigungen eines Dienstprinzipals (keine zugewiesene Rolle)</translation>
        </message>
    </context>
    <context>
        <name>ie::jwt::TokenText</name>
        <message>
            <source>token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Authorization header</source>
            <translation>Authorization-Header</translation>
        </message>
        <message>
            <source>quoted token</source>
            <translation>Token in Anführungszeichen</translation>
        </message>
        <message>
            <source>az account get-access-token output</source>
            <translation>Ausgabe von az account get-access-token</translation>
        </message>
        <message>
            <source>token endpoint or IMDS response</source>
            <translation>Antwort des Tokenendpunkts oder von IMDS</translation>
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
        <name>ie::models::AuditModel</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Signed in as</source>
            <translation>Angemeldet als</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Mandant</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Request id</source>
            <translation>Anforderungs-ID</translation>
        </message>
        <message>
            <source>Grant app role</source>
            <translation>App-Rolle erteilen</translation>
        </message>
        <message>
            <source>Revoke app role</source>
            <translation>App-Rolle entziehen</translation>
        </message>
        <message>
            <source>Assign Azure role</source>
            <translation>Azure-Rolle zuweisen</translation>
        </message>
        <message>
            <source>Remove Azure role assignment</source>
            <translation>Azure-Rollenzuweisung entfernen</translation>
        </message>
        <message>
            <source>granted</source>
            <translation>erteilt</translation>
        </message>
        <message>
            <source>already held</source>
            <translation>bereits vorhanden</translation>
        </message>
        <message>
            <source>already assigned</source>
            <translation>bereits zugewiesen</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>entzogen</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>sandbox admin app</source>
            <translation>Admin-App der Sandbox</translation>
        </message>
        <message>
            <source>%1 (sandbox)</source>
            <translation>%1 (Sandbox)</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bestätigt</translation>
        </message>
        <message>
            <source>confirmed by %1</source>
            <translation>bestätigt von %1</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identität</translation>
        </message>
        <message>
            <source>Tier 0 confirmation</source>
            <translation>Bestätigung Tier 0</translation>
        </message>
    </context>
    <context>
        <name>ie::models::CapabilityModel</name>
        <message>
            <source>%1 on %2</source>
            <translation>%1 auf %2</translation>
        </message>
        <message>
            <source>No description is known for it.</source>
            <translation>Dazu ist keine Beschreibung bekannt.</translation>
        </message>
        <message>
            <source>assigned to it directly</source>
            <translation>ihr direkt zugewiesen</translation>
        </message>
        <message>
            <source>inherited from %1</source>
            <translation>geerbt von %1</translation>
        </message>
        <message>
            <source>through the group %1</source>
            <translation>über die Gruppe %1</translation>
        </message>
        <message>
            <source>through %1 %2</source>
            <translation>über %1 %2</translation>
        </message>
        <message>
            <source>eligible, to activate in PIM; %1</source>
            <translation>berechtigt, in PIM zu aktivieren; %1</translation>
        </message>
        <message>
            <source>whole tenant</source>
            <translation>ganzer Mandant</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>auf %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
        <message>
            <source>Tier 1: one step from tier 0 through %1</source>
            <translation>Tier 1: einen Schritt von Tier 0 entfernt durch %1</translation>
        </message>
        <message>
            <source>Tier 0: can take over every resource at %1 through %2</source>
            <translation>Tier 0: kann durch %2 jede Ressource unter %1 übernehmen</translation>
        </message>
        <message>
            <source>Tier 0: can make itself Global Administrator through %1</source>
            <translation>Tier 0: kann sich durch %1 selbst zum Globalen Administrator machen</translation>
        </message>
        <message>
            <source>Tier 0: can take over the tenant through %1</source>
            <translation>Tier 0: kann durch %1 den Mandanten übernehmen</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 konnten nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Reading what it holds…</source>
            <translation>Lese, was sie besitzt …</translation>
        </message>
        <message>
            <source>Nothing tier 0 or tier 1 in what could be read (a part could not be, see below)</source>
            <translation>Nichts aus Tier 0 oder Tier 1 in dem, was gelesen werden konnte (ein Teil nicht, siehe unten)</translation>
        </message>
        <message>
            <source>Nothing tier 0 or tier 1</source>
            <translation>Nichts aus Tier 0 oder Tier 1</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lese %1 …</translation>
        </message>
        <message>
            <source>owns the application</source>
            <translation>ist Besitzer der Anwendung</translation>
        </message>
        <message>
            <source>owns the service principal</source>
            <translation>ist Besitzer des Dienstprinzipals</translation>
        </message>
        <message>
            <source>an owner of its application</source>
            <translation>Besitzer ihrer Anwendung</translation>
        </message>
        <message>
            <source>through its Azure resource</source>
            <translation>über ihre Azure-Ressource</translation>
        </message>
        <message>
            <source>an owner of it</source>
            <translation>ihr Besitzer</translation>
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
            <source>Resource API</source>
            <extracomment>The API (resource application) a permission belongs to</extracomment>
            <translation>Ressourcen-API</translation>
        </message>
        <message>
            <source>%1
Live from tenant %2</source>
            <extracomment>Tooltip of a lookup result from the signed-in tenant's data: name, tenant id</extracomment>
            <translation>%1
Live aus Mandant %2</translation>
        </message>
    </context>
    <context>
        <name>ie::models::ClaimsTableModel</name>
        <message>
            <source>Click to select this identity in the tree.</source>
            <translation>Klicken, um diese Identität in der Baumansicht auszuwählen.</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Claim</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>Names and times</source>
            <translation>Namen und Zeiten</translation>
        </message>
    </context>
    <context>
        <name>ie::models::HeldAppRoleModel</name>
        <message>
            <source>Resource API</source>
            <translation>Ressourcen-API</translation>
        </message>
        <message>
            <source>App role</source>
            <extracomment>Column header: a Graph app role (application permission)</extracomment>
            <translation>App-Rolle</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Erteilt</translation>
        </message>
        <message>
            <source>Assignment id</source>
            <translation>Zuweisungs-ID</translation>
        </message>
    </context>
    <context>
        <name>ie::models::HeldPermissionModel</name>
        <message>
            <source>Eligible (activate in PIM)</source>
            <translation>Berechtigt (in PIM zu aktivieren)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>%1, inherited from %2</source>
            <translation>%1, geerbt von %2</translation>
        </message>
        <message>
            <source>%1, through the group %2</source>
            <translation>%1, über die Gruppe %2</translation>
        </message>
        <message>
            <source>Whole tenant (/)</source>
            <extracomment>Where a directory role applies: "/" is the whole tenant</extracomment>
            <translation>Ganzer Mandant (/)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Assignment id</source>
            <translation>Zuweisungs-ID</translation>
        </message>
        <message>
            <source>%1, inherited from blueprint %2</source>
            <translation>%1, geerbt vom Blueprint %2</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Besitzer</translation>
        </message>
        <message>
            <source>Controls it</source>
            <translation>Kontrolliert sie</translation>
        </message>
    </context>
    <context>
        <name>ie::models::IdentityFilterModel</name>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 von %3)</translation>
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
        <message>
            <source>Azure Resource Manager is busy (%1); retry %2 in %3 s.</source>
            <translation>Azure Resource Manager ist ausgelastet (%1); Wiederholung %2 in %3 s.</translation>
        </message>
    </context>
    <context>
        <name>ie::models::IdentityTierScan</name>
        <message>
            <source>Could not check which identities hold tier 0 or tier 1 permissions: %1</source>
            <translation>Es ließ sich nicht prüfen, welche Identitäten Berechtigungen der Stufe 0 oder 1 halten: %1</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 auf %2</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 auf %2</translation>
        </message>
        <message>
            <source>the directory role %1</source>
            <translation>die Verzeichnisrolle %1</translation>
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
        <message>
            <source>(no display name)</source>
            <translation>(kein Anzeigename)</translation>
        </message>
        <message>
            <source>%1
Tier 0: it can take over the tenant through %2</source>
            <translation>%1
Stufe 0: Sie kann den Mandanten übernehmen, über %2</translation>
        </message>
        <message>
            <source>%1
Tier 1: it holds %2</source>
            <translation>%1
Stufe 1: Sie hält %2</translation>
        </message>
        <message>
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <source>Agent identities</source>
            <translation>Agent-Identitäten</translation>
        </message>
        <message>
            <source>Agent identity blueprint principals</source>
            <translation>Prinzipale von Agent-Identity-Blueprints</translation>
        </message>
        <message>
            <source>Agent identity</source>
            <translation>Agent-Identität</translation>
        </message>
        <message>
            <source>Agent identity blueprint principal</source>
            <translation>Prinzipal eines Agent-Identity-Blueprints</translation>
        </message>
    </context>
    <context>
        <name>ie::models::NeedModel</name>
        <message>
            <source>%1 (under an ABAC condition)</source>
            <translation>%1 (unter einer ABAC-Bedingung)</translation>
        </message>
        <message numerus="yes">
            <source>Grants %n of the known operations in all.</source>
            <translation>
                <numerusform>Gewährt insgesamt %n der bekannten Operationen.</numerusform>
                <numerusform>Gewährt insgesamt %n der bekannten Operationen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Azure role</source>
            <extracomment>An Azure RBAC role, not a Graph app role</extracomment>
            <translation>Azure-Rolle</translation>
        </message>
        <message>
            <source>Operations</source>
            <extracomment>Column: how many operations a role grants in all</extracomment>
            <translation>Operationen</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Granted by</source>
            <extracomment>Column: the role's action pattern that grants the operation</extracomment>
            <translation>Gewährt durch</translation>
        </message>
        <message>
            <source>GUID</source>
            <translation>GUID</translation>
        </message>
    </context>
    <context>
        <name>ie::models::RoleAssignmentModel</name>
        <message>
            <source>Management group</source>
            <translation>Verwaltungsgruppe</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Resource group</source>
            <translation>Ressourcengruppe</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>inherited</source>
            <translation>geerbt</translation>
        </message>
        <message>
            <source>Azure role</source>
            <extracomment>Column header: an Azure RBAC role</extracomment>
            <translation>Azure-Rolle</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>Inherited</source>
            <translation>Geerbt</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
    </context>
    <context>
        <name>ie::models::TokenCompareModel</name>
        <message>
            <source>The tokens carry the same claims (times and ids aside).</source>
            <translation>Die Tokens enthalten dieselben Claims (abgesehen von Zeiten und IDs).</translation>
        </message>
        <message>
            <source>%1 added, %2 removed, %3 changed</source>
            <translation>%1 hinzugefügt, %2 entfernt, %3 geändert</translation>
        </message>
        <message>
            <source>differs (as in every token)</source>
            <translation>unterschiedlich (wie bei jedem Token)</translation>
        </message>
        <message>
            <source>added</source>
            <translation>hinzugefügt</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>+ %1</source>
            <translation>+ %1</translation>
        </message>
        <message>
            <source>− %1</source>
            <translation>− %1</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Claim</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>First token</source>
            <translation>Erstes Token</translation>
        </message>
        <message>
            <source>Second token</source>
            <translation>Zweites Token</translation>
        </message>
    </context>
    <context>
        <name>ie::need::NeedCommand</name>
        <message>
            <source>tier %1</source>
            <extracomment>A privilege tier mark after a role name; tier 0 is the most dangerous</extracomment>
            <translation>Tier %1</translation>
        </message>
        <message numerus="yes">
            <source>%n operation(s)</source>
            <translation>
                <numerusform>%n Operation</numerusform>
                <numerusform>%n Operationen</numerusform>
            </translation>
        </message>
        <message>
            <source>(under an ABAC condition)</source>
            <translation>(unter einer ABAC-Bedingung)</translation>
        </message>
        <message>
            <source>via %1</source>
            <translation>über %1</translation>
        </message>
        <message>
            <source>data action</source>
            <translation>Datenaktion</translation>
        </message>
        <message>
            <source>control-plane action</source>
            <translation>Aktion der Steuerungsebene</translation>
        </message>
        <message>
            <source>no built-in Azure role "%1"</source>
            <translation>keine integrierte Azure-Rolle „%1“</translation>
        </message>
        <message>
            <source>did you mean: %1</source>
            <translation>meinten Sie: %1</translation>
        </message>
        <message numerus="yes">
            <source>Grants %n known operation(s).</source>
            <translation>
                <numerusform>Gewährt %n bekannte Operation.</numerusform>
                <numerusform>Gewährt %n bekannte Operationen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known operation(s)</source>
            <translation>
                <numerusform>%n bekannte Operation</numerusform>
                <numerusform>%n bekannte Operationen</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions (control plane), by provider:</source>
            <translation>Aktionen (Steuerungsebene), nach Anbieter:</translation>
        </message>
        <message>
            <source>Data actions, by provider:</source>
            <translation>Datenaktionen, nach Anbieter:</translation>
        </message>
        <message>
            <source>Condition: %1</source>
            <translation>Bedingung: %1</translation>
        </message>
        <message>
            <source>Which built-in Azure role grants these operations with the fewest other rights, offline. Prefix an operation with data: or control: to pick its plane; "-" reads operations from stdin, one per line.</source>
            <translation>Welche integrierte Azure-Rolle diese Operationen mit den wenigsten weiteren Rechten gewährt, offline. Ein vorangestelltes data: oder control: wählt die Ebene einer Operation; „-“ liest Operationen von der Standardeingabe, eine pro Zeile.</translation>
        </message>
        <message>
            <source>Azure operations, e.g. Microsoft.KeyVault/vaults/secrets/getSecret/action.</source>
            <translation>Azure-Operationen, z. B. Microsoft.KeyVault/vaults/secrets/getSecret/action.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>JSON ausgeben.</translation>
        </message>
        <message>
            <source>Instead: what this built-in role grants, by provider.</source>
            <translation>Stattdessen: was diese integrierte Rolle gewährt, nach Anbieter.</translation>
        </message>
        <message>
            <source>name-or-guid</source>
            <translation>name-oder-guid</translation>
        </message>
        <message>
            <source>With --role: list every known operation the role grants.</source>
            <translation>Mit --role: jede bekannte Operation auflisten, die die Rolle gewährt.</translation>
        </message>
        <message>
            <source>At most N roles per operation (default 10; 0 for all).</source>
            <translation>Höchstens N Rollen pro Operation (Standard 10; 0 für alle).</translation>
        </message>
        <message>
            <source>The assignable scope of a suggested custom role (default /subscriptions/{subscriptionId}).</source>
            <translation>Der zuweisbare Bereich einer vorgeschlagenen benutzerdefinierten Rolle (Standard /subscriptions/{subscriptionId}).</translation>
        </message>
        <message>
            <source>scope</source>
            <translation>bereich</translation>
        </message>
        <message>
            <source>The name of a suggested custom role.</source>
            <translation>Der Name einer vorgeschlagenen benutzerdefinierten Rolle.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>Suggest a custom role when the smallest covering role grants more than N times the operations asked for (default 50).</source>
            <translation>Eine benutzerdefinierte Rolle vorschlagen, wenn die kleinste abdeckende Rolle mehr als das N-Fache der erfragten Operationen gewährt (Standard 50).</translation>
        </message>
        <message>
            <source>How a suggested custom role is printed: json, az, bicep or terraform (default json; --json output has all four).</source>
            <translation>Wie eine vorgeschlagene benutzerdefinierte Rolle ausgegeben wird: json, az, bicep oder terraform (Standard json; die Ausgabe mit --json enthält alle vier).</translation>
        </message>
        <message>
            <source>format</source>
            <translation>format</translation>
        </message>
        <message>
            <source>User interface language.</source>
            <translation>Sprache der Benutzeroberfläche.</translation>
        </message>
        <message>
            <source>language</source>
            <translation>sprache</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <source>--custom-format takes json, az, bicep or terraform, not "%1"</source>
            <translation>--custom-format nimmt json, az, bicep oder terraform, nicht „%1“</translation>
        </message>
        <message>
            <source>stdin is larger than %1 MiB</source>
            <translation>die Standardeingabe ist größer als %1 MiB</translation>
        </message>
        <message>
            <source>at most %1 operations at once</source>
            <translation>höchstens %1 Operationen auf einmal</translation>
        </message>
        <message>
            <source>give either --role or operations, not both</source>
            <translation>geben Sie entweder --role oder Operationen an, nicht beides</translation>
        </message>
        <message>
            <source>nothing to resolve: give Azure operations, "-" for stdin, or --role</source>
            <translation>nichts aufzulösen: geben Sie Azure-Operationen an, „-“ für die Standardeingabe oder --role</translation>
        </message>
        <message>
            <source>Microsoft Graph calls are not resolved yet: Microsoft's Graph permissions map is not bundled.</source>
            <translation>Microsoft-Graph-Aufrufe werden noch nicht aufgelöst: Microsofts Zuordnung der Graph-Berechtigungen ist nicht enthalten.</translation>
        </message>
        <message>
            <source>Not an operation: give one concrete operation such as Microsoft.Storage/storageAccounts/read, without wildcards.</source>
            <translation>Keine Operation: geben Sie eine konkrete Operation wie Microsoft.Storage/storageAccounts/read an, ohne Platzhalter.</translation>
        </message>
        <message>
            <source>Also a control-plane action; prefix it with control: for that.</source>
            <translation>Auch eine Aktion der Steuerungsebene; dafür control: voranstellen.</translation>
        </message>
        <message>
            <source>Also a data action; prefix it with data: for that.</source>
            <translation>Auch eine Datenaktion; dafür data: voranstellen.</translation>
        </message>
        <message>
            <source>Unknown: no built-in role names this operation (Azure's full operation list is not bundled; it may still exist).</source>
            <translation>Unbekannt: keine integrierte Rolle nennt diese Operation (die vollständige Operationsliste von Azure ist nicht enthalten; es kann sie dennoch geben).</translation>
        </message>
        <message>
            <source>Did you mean: %1</source>
            <translation>Meinten Sie: %1</translation>
        </message>
        <message numerus="yes">
            <source>If it exists, %n role(s) would grant it by wildcard, the smallest being %1.</source>
            <translation>
                <numerusform>Falls es sie gibt, würde %n Rolle sie per Platzhalter gewähren: %1.</numerusform>
                <numerusform>Falls es sie gibt, würden %n Rollen sie per Platzhalter gewähren, die kleinste ist %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>No built-in role grants it.</source>
            <translation>Keine integrierte Rolle gewährt sie.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more (--limit 0 shows all)</source>
            <translation>
                <numerusform>… und %n weitere (--limit 0 zeigt alle)</numerusform>
                <numerusform>… und %n weitere (--limit 0 zeigt alle)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No built-in role grants all %n operation(s).</source>
            <translation>
                <numerusform>Keine integrierte Rolle gewährt die %n Operation.</numerusform>
                <numerusform>Keine integrierte Rolle gewährt alle %n Operationen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The smallest built-in role that grants all %n operation(s):</source>
            <translation>
                <numerusform>Die kleinste integrierte Rolle, die die %n Operation gewährt:</numerusform>
                <numerusform>Die kleinste integrierte Rolle, die alle %n Operationen gewährt:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The smallest covering role grants %1 operations for %n asked: a custom role with exactly these is closer.</source>
            <translation>
                <numerusform>Die kleinste abdeckende Rolle gewährt %1 Operationen für %n erfragte: eine benutzerdefinierte Rolle mit genau dieser ist knapper.</numerusform>
                <numerusform>Die kleinste abdeckende Rolle gewährt %1 Operationen für %n erfragte: eine benutzerdefinierte Rolle mit genau diesen ist knapper.</numerusform>
            </translation>
        </message>
        <message>
            <source>A custom role with exactly these operations:</source>
            <translation>Eine benutzerdefinierte Rolle mit genau diesen Operationen:</translation>
        </message>
        <message numerus="yes">
            <source>%n input(s) not resolved</source>
            <translation>
                <numerusform>%n Eingabe nicht aufgelöst</numerusform>
                <numerusform>%n Eingaben nicht aufgelöst</numerusform>
            </translation>
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
        <message>
            <source>No answer from %1 within %2 ms.</source>
            <translation>Keine Antwort von %1 innerhalb von %2 ms.</translation>
        </message>
        <message>
            <source>The connection to %1 broke before the whole answer arrived (%2).</source>
            <translation>Die Verbindung zu %1 brach ab, bevor die ganze Antwort ankam (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%1 Gave up after %n attempt(s) in %2 s.</source>
            <translation>
                <numerusform>%1 Nach %n Versuch in %2 s aufgegeben.</numerusform>
                <numerusform>%1 Nach %n Versuchen in %2 s aufgegeben.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not an https:// address: only HTTPS is spoken (and plain HTTP for the managed identity endpoints on the host).</source>
            <translation>%1 ist keine https://-Adresse: Gesprochen wird nur HTTPS (und unverschlüsseltes HTTP für die Endpunkte der verwalteten Identität auf dem Host).</translation>
        </message>
        <message>
            <source>Refused to send a sign-in request with its secret to %1 over plain HTTP: the authority must be an https:// address.</source>
            <translation>Eine Anmeldeanfrage mit ihrem Geheimnis wird nicht über unverschlüsseltes HTTP an %1 gesendet: Die Autorität muss eine https://-Adresse sein.</translation>
        </message>
        <message>
            <source>Refused to send a bearer token to %1 over plain HTTP: %2 must be an https:// address.</source>
            <translation>Ein Bearer-Token wird nicht über unverschlüsseltes HTTP an %1 gesendet: %2 muss eine https://-Adresse sein.</translation>
        </message>
        <message>
            <source>The TLS connection to %1 failed: %2. If %1 uses a private CA (a private cloud, a TLS-inspecting proxy), trust that CA with --ca-file FILE, "caFile" in the cloud configuration, or SSL_CERT_FILE.</source>
            <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2. Wenn %1 eine private CA verwendet (eine private Cloud, ein TLS prüfender Proxy), vertrauen Sie dieser CA mit --ca-file DATEI, „caFile“ in der Cloud-Konfiguration oder SSL_CERT_FILE.</translation>
        </message>
        <message>
            <source>redirect to %1 refused</source>
            <translation>Weiterleitung nach %1 abgelehnt</translation>
        </message>
        <message>
            <source>%1 answered HTTP %2 with a redirect to %3, which is not an https:// address; it was not followed.</source>
            <translation>%1 antwortete mit HTTP %2 und einer Weiterleitung nach %3, das ist keine https://-Adresse; ihr wurde nicht gefolgt.</translation>
        </message>
        <message>
            <source>%1 answered HTTP %2 with a redirect to plain HTTP (%3); it was not followed.</source>
            <translation>%1 antwortete mit HTTP %2 und einer Weiterleitung auf unverschlüsseltes HTTP (%3); ihr wurde nicht gefolgt.</translation>
        </message>
        <message>
            <source>%1 answered the sign-in request with a redirect to another host (%2); it was refused, so that no secret or identity header goes there.</source>
            <translation>%1 beantwortete die Anmeldeanfrage mit einer Weiterleitung auf einen anderen Host (%2); sie wurde abgelehnt, damit kein Geheimnis und kein Identitäts-Header dorthin gelangt.</translation>
        </message>
        <message>
            <source>%1 (%2) answered HTTP %3 with a redirect to another host (%4); it was not followed: an answer from there is not %2's data.</source>
            <translation>%1 (%2) antwortete mit HTTP %3 und einer Weiterleitung auf einen anderen Host (%4); ihr wurde nicht gefolgt: Eine Antwort von dort sind nicht die Daten von %2.</translation>
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
        <name>ie::permissions::AppRoleKind</name>
        <message>
            <source>The resource API %1 is not in this tenant.</source>
            <translation>Die Ressourcen-API %1 gibt es in diesem Mandanten nicht.</translation>
        </message>
    </context>
    <context>
        <name>ie::permissions::DelegatedGrantKind</name>
        <message>
            <source>Some resources or users of delegated grants could not be named (shown by object id): %1</source>
            <translation>Einige Ressourcen oder Benutzer delegierter Erteilungen konnten nicht benannt werden (mit Objekt-ID angezeigt): %1</translation>
        </message>
        <message>
            <source>Delegated permission grants can only be revoked here.</source>
            <translation>Delegierte Berechtigungserteilungen können hier nur widerrufen werden.</translation>
        </message>
    </context>
    <context>
        <name>ie::permissions::DirectoryRoleKind</name>
        <message>
            <source>Eligible directory roles are not shown: the tenant has no Microsoft Entra ID P2 (or ID Governance) licence, so nobody can be eligible for a role (Privileged Identity Management is off).</source>
            <translation>Berechtigte Verzeichnisrollen werden nicht angezeigt: Der Mandant hat keine Lizenz für Microsoft Entra ID P2 (oder ID Governance), daher kann niemand für eine Rolle berechtigt sein (Privileged Identity Management ist aus).</translation>
        </message>
        <message>
            <source>Eligible directory roles are not shown: reading them needs RoleEligibilitySchedule.Read.Directory or RoleManagement.Read.Directory (%1).</source>
            <translation>Berechtigte Verzeichnisrollen werden nicht angezeigt: Zum Lesen wird RoleEligibilitySchedule.Read.Directory oder RoleManagement.Read.Directory benötigt (%1).</translation>
        </message>
        <message>
            <source>Eligible directory roles could not be read: %1</source>
            <translation>Berechtigte Verzeichnisrollen konnten nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>ie::permissions::HeldPermission</name>
        <message>
            <source>Graph app roles</source>
            <translation>Graph-App-Rollen</translation>
        </message>
        <message>
            <source>Azure roles</source>
            <translation>Azure-Rollen</translation>
        </message>
        <message>
            <source>Entra directory roles</source>
            <translation>Entra-Verzeichnisrollen</translation>
        </message>
        <message>
            <source>Delegated permission grants</source>
            <translation>Delegierte Berechtigungserteilungen</translation>
        </message>
        <message>
            <source>Ownership and control</source>
            <translation>Besitz und Kontrolle</translation>
        </message>
    </context>
    <context>
        <name>ie::permissions::OwnershipKind</name>
        <message>
            <source>A managed identity has no owners. Whoever holds Owner, Contributor, Managed Identity Contributor or Managed Identity Operator on the identity resource (or a scope above it) controls it, as does whoever can run code on a resource it is assigned to.</source>
            <translation>Eine verwaltete Identität hat keine Besitzer. Kontrolliert wird sie von allen, die für die Identitätsressource (oder einen Bereich darüber) „Besitzer“, „Mitwirkender“, „Mitwirkender für verwaltete Identität“ oder „Operator für verwaltete Identität“ haben, und von allen, die Code auf einer Ressource ausführen können, der sie zugewiesen ist.</translation>
        </message>
        <message>
            <source>A managed identity has no owners. Whoever holds Owner, Contributor or a contributor role of the resource's type (Website Contributor, Virtual Machine Contributor, …) on the resource it belongs to (or a scope above it) controls it: they can run code as it.</source>
            <translation>Eine verwaltete Identität hat keine Besitzer. Kontrolliert wird sie von allen, die für die Ressource, zu der sie gehört (oder einen Bereich darüber), „Besitzer“, „Mitwirkender“ oder die Mitwirkendenrolle des Ressourcentyps („Website-Mitwirkender“, „Mitwirkender für virtuelle Computer“, …) haben: Sie können Code als diese Identität ausführen.</translation>
        </message>
        <message>
            <source>Owner of the application %1</source>
            <translation>Besitzer der Anwendung %1</translation>
        </message>
        <message>
            <source>Owner of the service principal %1</source>
            <translation>Besitzer des Dienstprinzipals %1</translation>
        </message>
        <message>
            <source>Can add a secret to it and sign in as it.</source>
            <translation>Kann ihm ein Geheimnis hinzufügen und sich als es anmelden.</translation>
        </message>
        <message>
            <source>Can add a secret to it and sign in as it, with what it holds: %1.</source>
            <translation>Kann ihm ein Geheimnis hinzufügen und sich als es anmelden, mit allem, was es hat: %1.</translation>
        </message>
        <message>
            <source>Controlled by the user %1</source>
            <translation>Kontrolliert vom Benutzer %1</translation>
        </message>
        <message>
            <source>Controlled by the service principal %1</source>
            <translation>Kontrolliert vom Dienstprinzipal %1</translation>
        </message>
        <message>
            <source>An owner of its application: can add a secret to it and sign in as this identity.</source>
            <translation>Besitzer ihrer Anwendung: kann ihr ein Geheimnis hinzufügen und sich als diese Identität anmelden.</translation>
        </message>
        <message>
            <source>An owner of this service principal: can change it and what it accepts.</source>
            <translation>Besitzer dieses Dienstprinzipals: kann ihn ändern und festlegen, was er annimmt.</translation>
        </message>
        <message>
            <source>Controlled through its Azure resource</source>
            <translation>Kontrolliert über ihre Azure-Ressource</translation>
        </message>
        <message>
            <source>Its owners could not be read: %1</source>
            <translation>Ihre Besitzer konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Its application is registered in another tenant; who owns it there is not shown.</source>
            <translation>Ihre Anwendung ist in einem anderen Mandanten registriert; wer sie dort besitzt, wird nicht angezeigt.</translation>
        </message>
        <message>
            <source>The owners of its application could not be read: %1</source>
            <translation>Die Besitzer ihrer Anwendung konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Ownership is changed in Microsoft Entra, not here.</source>
            <translation>Besitzer werden in Microsoft Entra geändert, nicht hier.</translation>
        </message>
    </context>
    <context>
        <name>ie::permissions::PlanJob</name>
        <message>
            <source>Nothing here can make this change: %1</source>
            <translation>Diese Änderung kann hier nicht vorgenommen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::AppRolesPanel</name>
        <message>
            <source>Select an identity in the tree to see and change its app roles.</source>
            <translation>Wählen Sie im Baum eine Identität aus, um ihre App-Rollen zu sehen und zu ändern.</translation>
        </message>
        <message>
            <source>App roles held</source>
            <translation>Zugewiesene App-Rollen</translation>
        </message>
        <message>
            <source>Revoke selected…</source>
            <translation>Auswahl entziehen…</translation>
        </message>
        <message>
            <source>Grant app roles</source>
            <translation>App-Rollen erteilen</translation>
        </message>
        <message>
            <source>Search resource APIs by name or appId</source>
            <translation>Ressourcen-APIs nach Name oder appId suchen</translation>
        </message>
        <message>
            <source>Search app roles by value or words of the description</source>
            <translation>App-Rollen nach Wert oder Wörtern der Beschreibung suchen</translation>
        </message>
        <message>
            <source>Review and grant…</source>
            <translation>Prüfen und erteilen…</translation>
        </message>
        <message>
            <source>Mint a fresh token in the inspector</source>
            <translation>Im Inspektor ein neues Token ausstellen</translation>
        </message>
        <message>
            <source>App roles of %1 (%2)</source>
            <translation>App-Rollen von %1 (%2)</translation>
        </message>
        <message>
            <source>The resource APIs could not be read: %1</source>
            <translation>Die Ressourcen-APIs konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>(held)</source>
            <extracomment>Suffix of an app role the identity already holds</extracomment>
            <translation>(zugewiesen)</translation>
        </message>
        <message>
            <source>The app roles of this identity could not be read: %1</source>
            <translation>Die App-Rollen dieser Identität konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Tick the app roles to grant first.</source>
            <translation>Haken Sie zuerst die App-Rollen an, die erteilt werden sollen.</translation>
        </message>
        <message>
            <source>%1: granted</source>
            <translation>%1: erteilt</translation>
        </message>
        <message>
            <source>%1: already held</source>
            <translation>%1: bereits zugewiesen</translation>
        </message>
        <message>
            <source>%1: failed: %2</source>
            <translation>%1: fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Select the held app roles to revoke first.</source>
            <translation>Wählen Sie zuerst die zugewiesenen App-Rollen aus, die entzogen werden sollen.</translation>
        </message>
        <message>
            <source>%1: revoked</source>
            <translation>%1: entzogen</translation>
        </message>
        <message>
            <source>%1: not revoked: %2</source>
            <translation>%1: nicht entzogen: %2</translation>
        </message>
        <message>
            <source>No service principal of the resource API %1 is in this tenant: its roles cannot be granted here.</source>
            <translation>In diesem Mandanten gibt es keinen Dienstprinzipal der Ressourcen-API %1: Ihre Rollen können hier nicht erteilt werden.</translation>
        </message>
        <message>
            <source>The resource API does not offer the app role %1 to applications.</source>
            <translation>Die Ressourcen-API bietet die App-Rolle %1 nicht für Anwendungen an.</translation>
        </message>
        <message numerus="yes">
            <source>Waiting for Entra to catch up (next try in %n s)…</source>
            <translation>
                <numerusform>Warten, bis Entra nachgezogen hat (nächster Versuch in %n s) …</numerusform>
                <numerusform>Warten, bis Entra nachgezogen hat (nächster Versuch in %n s) …</numerusform>
            </translation>
        </message>
        <message>
            <source>Show only selected</source>
            <translation>Nur ausgewählte zeigen</translation>
        </message>
        <message>
            <source>List only the ticked app roles, whatever the search: what Review and grant will send.</source>
            <translation>Nur die angehakten App-Rollen auflisten, unabhängig von der Suche: das, was „Prüfen und erteilen“ senden wird.</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n ausgewählt</numerusform>
                <numerusform>%n ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <source>App roles held: Entra does not list the latest change yet (reload in a while)</source>
            <translation>Zugewiesene App-Rollen: Entra führt die letzte Änderung noch nicht auf (später neu laden)</translation>
        </message>
        <message>
            <source>App roles held: waiting for Entra to list the latest change</source>
            <translation>Zugewiesene App-Rollen: Warten, bis Entra die letzte Änderung aufführt</translation>
        </message>
        <message>
            <source>%1: already revoked</source>
            <translation>%1: bereits entzogen</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::CapabilityCard</name>
        <message>
            <source>What it can do</source>
            <extracomment>Title of the card at the top of an identity's details</extracomment>
            <translation>Was sie kann</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>Entziehen …</translation>
        </message>
        <message>
            <source>Review the revoke of %1, as the grant panel shows it, before anything is sent.</source>
            <translation>Den Entzug von %1 so prüfen, wie ihn der Berechtigungsbereich zeigt, bevor etwas gesendet wird.</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::DirectoryRolesPanel</name>
        <message>
            <source>Select an identity in the tree to see and change its Microsoft Entra directory roles.</source>
            <translation>Wählen Sie im Baum eine Identität aus, um ihre Microsoft Entra-Verzeichnisrollen zu sehen und zu ändern.</translation>
        </message>
        <message>
            <source>Directory roles of %1 (%2)</source>
            <translation>Verzeichnisrollen von %1 (%2)</translation>
        </message>
        <message>
            <source>Directory roles held</source>
            <translation>Zugewiesene Verzeichnisrollen</translation>
        </message>
        <message>
            <source>Directory roles held: waiting for Entra to list the latest change</source>
            <translation>Zugewiesene Verzeichnisrollen: Warten, bis Entra die letzte Änderung auflistet</translation>
        </message>
        <message>
            <source>Directory roles held: Entra does not list the latest change yet (reload in a while)</source>
            <translation>Zugewiesene Verzeichnisrollen: Entra listet die letzte Änderung noch nicht auf (später neu laden)</translation>
        </message>
        <message>
            <source>Remove selected…</source>
            <translation>Auswahl entfernen…</translation>
        </message>
        <message>
            <source>Assign a directory role (whole tenant)</source>
            <translation>Verzeichnisrolle zuweisen (ganzer Mandant)</translation>
        </message>
        <message>
            <source>Search directory roles by name or description</source>
            <translation>Verzeichnisrollen nach Name oder Beschreibung suchen</translation>
        </message>
        <message>
            <source>Review and assign…</source>
            <translation>Prüfen und zuweisen…</translation>
        </message>
        <message numerus="yes">
            <source>Waiting for Entra to catch up (next try in %n s)…</source>
            <translation>
                <numerusform>Warten, bis Entra nachgezogen hat (nächster Versuch in %n s) …</numerusform>
                <numerusform>Warten, bis Entra nachgezogen hat (nächster Versuch in %n s) …</numerusform>
            </translation>
        </message>
        <message>
            <source>The directory roles could not be read: %1</source>
            <translation>Die Verzeichnisrollen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>(held)</source>
            <extracomment>Suffix of a directory role the identity already holds</extracomment>
            <translation>(zugewiesen)</translation>
        </message>
        <message>
            <source>The directory roles of this identity could not be read: %1</source>
            <translation>Die Verzeichnisrollen dieser Identität konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Pick a directory role first.</source>
            <translation>Wählen Sie zuerst eine Verzeichnisrolle aus.</translation>
        </message>
        <message>
            <source>Select the directory roles to remove first.</source>
            <translation>Wählen Sie zuerst die zu entfernenden Verzeichnisrollen aus.</translation>
        </message>
        <message>
            <source>Eligible roles are removed in Privileged Identity Management, not here.</source>
            <translation>Berechtigte Rollen werden in Privileged Identity Management entfernt, nicht hier.</translation>
        </message>
        <message>
            <source>%1: assigned</source>
            <translation>%1: zugewiesen</translation>
        </message>
        <message>
            <source>%1: removed</source>
            <translation>%1: entfernt</translation>
        </message>
        <message>
            <source>%1: already assigned</source>
            <translation>%1: bereits zugewiesen</translation>
        </message>
        <message>
            <source>%1: already removed</source>
            <translation>%1: bereits entfernt</translation>
        </message>
        <message>
            <source>%1: failed: %2</source>
            <translation>%1: fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>%1: not removed: %2</source>
            <translation>%1: nicht entfernt: %2</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::FederationDialog</name>
        <message>
            <source>Federated credentials of %1</source>
            <translation>Verbundanmeldeinformationen von %1</translation>
        </message>
        <message>
            <source>Workloads outside Azure that may sign in as this identity (at most %1):</source>
            <translation>Workloads außerhalb von Azure, die sich als diese Identität anmelden dürfen (höchstens %1):</translation>
        </message>
        <message>
            <source>Workloads outside Azure that may sign in as this app registration (at most %1):</source>
            <translation>Workloads außerhalb von Azure, die sich als diese App-Registrierung anmelden dürfen (höchstens %1):</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Aussteller</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Antragsteller</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Anmeldeinformationen</translation>
        </message>
        <message>
            <source>Paste the failing workload's token (from GitHub, Kubernetes or another issuer) or Entra ID's AADSTS error text:</source>
            <translation>Fügen Sie das Token der fehlschlagenden Workload (von GitHub, Kubernetes oder einem anderen Aussteller) oder den AADSTS-Fehlertext von Entra ID ein:</translation>
        </message>
        <message>
            <source>eyJhbGciOi… or AADSTS700213: No matching federated identity record found…</source>
            <translation>eyJhbGciOi… oder AADSTS700213: No matching federated identity record found…</translation>
        </message>
        <message>
            <source>Fix…</source>
            <translation>Beheben…</translation>
        </message>
        <message>
            <source>Federation doctor</source>
            <translation>Verbund-Doktor</translation>
        </message>
        <message>
            <source>Reading the federated credentials…</source>
            <translation>Die Verbundanmeldeinformationen werden gelesen…</translation>
        </message>
        <message>
            <source>The federated credentials could not be read: %1</source>
            <translation>Die Verbundanmeldeinformationen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>None: no workload outside Azure can sign in as this identity.</source>
            <translation>Keine: Keine Workload außerhalb von Azure kann sich als diese Identität anmelden.</translation>
        </message>
        <message>
            <source>%1 of %2 federated credentials.</source>
            <translation>%1 von %2 Verbundanmeldeinformationen.</translation>
        </message>
        <message>
            <source>The workload presents issuer &lt;code&gt;%1&lt;/code&gt;, subject &lt;code&gt;%2&lt;/code&gt;, audience &lt;code&gt;%3&lt;/code&gt;.</source>
            <translation>Die Workload legt den Aussteller &lt;code&gt;%1&lt;/code&gt;, den Antragsteller &lt;code&gt;%2&lt;/code&gt; und die Zielgruppe &lt;code&gt;%3&lt;/code&gt; vor.</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>The identity has no federated credential.</source>
            <translation>Die Identität hat keine Verbundanmeldeinformation.</translation>
        </message>
        <message>
            <source>matches</source>
            <translation>stimmt überein</translation>
        </message>
        <message>
            <source>claims that differ: %1</source>
            <translation>abweichende Angaben: %1</translation>
        </message>
        <message>
            <source>The fix (Fix… reviews it):</source>
            <translation>Die Behebung (Beheben… zeigt sie zur Prüfung):</translation>
        </message>
        <message>
            <source>Sending the changes…</source>
            <translation>Die Änderungen werden gesendet…</translation>
        </message>
        <message>
            <source>Done: %1</source>
            <translation>Erledigt: %1</translation>
        </message>
        <message>
            <source>Already gone: %1</source>
            <translation>Schon entfernt: %1</translation>
        </message>
        <message>
            <source>Not sent (cancelled): %1</source>
            <translation>Nicht gesendet (abgebrochen): %1</translation>
        </message>
        <message>
            <source>Failed: %1: %2</source>
            <translation>Fehlgeschlagen: %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::FicEditDialog</name>
        <message>
            <source>Edit federated credential</source>
            <translation>Verbundanmeldeinformation bearbeiten</translation>
        </message>
        <message>
            <source>Add federated credential</source>
            <translation>Verbundanmeldeinformation hinzufügen</translation>
        </message>
        <message>
            <source>Workload:</source>
            <translation>Workload:</translation>
        </message>
        <message>
            <source>e.g. github-main</source>
            <translation>z. B. github-main</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>e.g. contoso</source>
            <translation>z. B. contoso</translation>
        </message>
        <message>
            <source>Organization:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>e.g. orders</source>
            <translation>z. B. orders</translation>
        </message>
        <message>
            <source>Repository:</source>
            <translation>Repository:</translation>
        </message>
        <message>
            <source>Branch:</source>
            <translation>Branch:</translation>
        </message>
        <message>
            <source>Namespace:</source>
            <translation>Namespace:</translation>
        </message>
        <message>
            <source>apply</source>
            <translation>apply</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>plan</translation>
        </message>
        <message>
            <source>Run phase:</source>
            <translation>Ausführungsphase:</translation>
        </message>
        <message>
            <source>optional: for the immutable subject form</source>
            <translation>optional: für die unveränderliche Form des Antragstellers</translation>
        </message>
        <message>
            <source>Owner id:</source>
            <translation>Besitzer-ID:</translation>
        </message>
        <message>
            <source>Repository id:</source>
            <translation>Repository-ID:</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Aussteller:</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Antragsteller:</translation>
        </message>
        <message>
            <source>Audience:</source>
            <translation>Zielgruppe:</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Beschreibung:</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>Prüfen…</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>Umgebung:</translation>
        </message>
        <message>
            <source>e.g. production</source>
            <translation>z. B. production</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Tag:</translation>
        </message>
        <message>
            <source>e.g. v1.0.0</source>
            <translation>z. B. v1.0.0</translation>
        </message>
        <message>
            <source>Service account:</source>
            <translation>Dienstkonto:</translation>
        </message>
        <message>
            <source>Cluster's OIDC issuer:</source>
            <translation>OIDC-Aussteller des Clusters:</translation>
        </message>
        <message>
            <source>e.g. orders-sa</source>
            <translation>z. B. orders-sa</translation>
        </message>
        <message>
            <source>e.g. default</source>
            <translation>z. B. default</translation>
        </message>
        <message>
            <source>Workspace:</source>
            <translation>Workspace:</translation>
        </message>
        <message>
            <source>Project:</source>
            <translation>Projekt:</translation>
        </message>
        <message>
            <source>e.g. orders-prod</source>
            <translation>z. B. orders-prod</translation>
        </message>
        <message>
            <source>Default Project</source>
            <translation>Default Project</translation>
        </message>
        <message>
            <source>e.g. main</source>
            <translation>z. B. main</translation>
        </message>
        <message>
            <source>Entra ID will accept a token with
issuer: %1
subject: %2
audience: %3</source>
            <translation>Entra ID nimmt ein Token an mit
Aussteller: %1
Antragsteller: %2
Zielgruppe: %3</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::GrantPanel</name>
        <message>
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <source>Running code keeps the token it already has: managed identity endpoints may serve a cached token for up to 24 hours, so a change can take that long to reach a running app (restart it to be sure).</source>
            <translation>Laufender Code behält das Zugriffstoken, das er schon hat: Endpunkte für verwaltete Identitäten können ein zwischengespeichertes Token bis zu 24 Stunden lang ausliefern, sodass eine Änderung so lange brauchen kann, bis sie eine laufende App erreicht (starten Sie sie neu, um sicherzugehen).</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n change(s)…</source>
            <translation>
                <numerusform>%n Änderung wird gesendet…</numerusform>
                <numerusform>%n Änderungen werden gesendet…</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: not sent (cancelled)</source>
            <translation>%1: nicht gesendet (abgebrochen)</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::GrantReviewDialog</name>
        <message>
            <source>Tier 0: whoever holds this can make itself Global Administrator or Owner, directly or in a few steps. Treat it as handing over the whole tenant or subscription.</source>
            <translation>Stufe 0: Wer dies hat, kann sich selbst zum globalen Administrator oder Besitzer machen, direkt oder in wenigen Schritten. Behandeln Sie es, als würden Sie den ganzen Mandanten oder das ganze Abonnement übergeben.</translation>
        </message>
        <message>
            <source>Tier 1: reaches sensitive data or restricted operations across the tenant, though no known path leads from it to Global Administrator.</source>
            <translation>Stufe 1: erreicht vertrauliche Daten oder eingeschränkte Vorgänge im ganzen Mandanten, auch wenn kein bekannter Weg von dort zum globalen Administrator führt.</translation>
        </message>
        <message>
            <source>Review changes</source>
            <translation>Änderungen prüfen</translation>
        </message>
        <message>
            <source>These requests will be sent, in this order:</source>
            <translation>Diese Anforderungen werden in dieser Reihenfolge gesendet:</translation>
        </message>
        <message>
            <source>I understand that this grants a tier-0 permission, a path to taking over the tenant or subscription, and I want to grant it.</source>
            <translation>Mir ist bewusst, dass dies eine Berechtigung der Stufe 0 erteilt, einen Weg zur Übernahme des Mandanten oder Abonnements, und ich will sie erteilen.</translation>
        </message>
        <message>
            <source>Export instead as:</source>
            <translation>Stattdessen exportieren als:</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>Erteilen</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Entziehen</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Ausführen</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::GrantWidget</name>
        <message>
            <source>App roles</source>
            <extracomment>Tab: Microsoft Graph app roles (application permissions)</extracomment>
            <translation>App-Rollen</translation>
        </message>
        <message>
            <source>Azure roles</source>
            <extracomment>Tab: Azure RBAC role assignments</extracomment>
            <translation>Azure-Rollen</translation>
        </message>
        <message>
            <source>Export as CSV…</source>
            <translation>Als CSV exportieren…</translation>
        </message>
        <message>
            <source>Export as JSON…</source>
            <translation>Als JSON exportieren…</translation>
        </message>
        <message>
            <source>Audit record</source>
            <translation>Audit-Protokoll</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Export the audit record</source>
            <translation>Audit-Protokoll exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>Every change made from this app, in every tenant, kept in %1.</source>
            <translation>Jede Änderung, die aus dieser App vorgenommen wurde, in allen Mandanten, gespeichert in %1.</translation>
        </message>
        <message>
            <source>Sandbox session: the changes made in this run of the local sandbox tenant %1. The sandbox and its grants end with the app. Kept in %2, marked as sandbox.</source>
            <translation>Sandbox-Sitzung: die Änderungen in diesem Lauf des lokalen Sandbox-Mandanten %1. Die Sandbox und ihre Berechtigungen enden mit der App. Gespeichert in %2, als Sandbox gekennzeichnet.</translation>
        </message>
        <message>
            <source>Every change made from this app in tenant %1, kept in %2.</source>
            <translation>Jede Änderung, die aus dieser App im Mandanten %1 vorgenommen wurde, gespeichert in %2.</translation>
        </message>
        <message>
            <source>Directory roles</source>
            <extracomment>Tab: Microsoft Entra directory roles (Global Administrator, ...)</extracomment>
            <translation>Verzeichnisrollen</translation>
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
        <message>
            <source>Re&amp;fresh from tenant</source>
            <translation>Aus Mandant a&amp;ktualisieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Refresh GUID catalog from &amp;tenant</source>
            <translation>GUID-Katalog aus Mandan&amp;t aktualisieren</translation>
        </message>
        <message>
            <source>Refreshing from %1: %2</source>
            <translation>Aktualisierung aus %1: %2</translation>
        </message>
        <message>
            <source>&amp;Look up a GUID or name</source>
            <translation>GUID oder Namen &amp;nachschlagen</translation>
        </message>
        <message>
            <source>What does it &amp;need?</source>
            <translation>Was &amp;braucht es?</translation>
        </message>
        <message>
            <source>Azure operations, e.g. Microsoft.KeyVault/vaults/secrets/getSecret/action (several: separated by spaces; data: or control: picks the plane)</source>
            <translation>Azure-Operationen, z. B. Microsoft.KeyVault/vaults/secrets/getSecret/action (mehrere: durch Leerzeichen getrennt; data: oder control: wählt die Ebene)</translation>
        </message>
        <message>
            <source>&amp;Grant this…</source>
            <translation>Dies &amp;gewähren…</translation>
        </message>
        <message>
            <source>Reading the built-in role definitions…</source>
            <translation>Die integrierten Rollendefinitionen werden gelesen…</translation>
        </message>
        <message>
            <source>Type an Azure operation to see the built-in roles that grant it, fewest other rights first.</source>
            <translation>Geben Sie eine Azure-Operation ein, um die integrierten Rollen zu sehen, die sie gewähren – die mit den wenigsten weiteren Rechten zuerst.</translation>
        </message>
        <message>
            <source>data action</source>
            <translation>Datenaktion</translation>
        </message>
        <message>
            <source>control-plane action</source>
            <translation>Aktion der Steuerungsebene</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2): %n built-in role(s) grant it.</source>
            <translation>
                <numerusform>%1 (%2): %n integrierte Rolle gewährt sie.</numerusform>
                <numerusform>%1 (%2): %n integrierte Rollen gewähren sie.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2): no built-in role grants it.</source>
            <translation>%1 (%2): keine integrierte Rolle gewährt sie.</translation>
        </message>
        <message>
            <source>%1 is not an operation: type one such as Microsoft.Storage/storageAccounts/read, without wildcards.</source>
            <translation>%1 ist keine Operation: geben Sie eine wie Microsoft.Storage/storageAccounts/read ein, ohne Platzhalter.</translation>
        </message>
        <message>
            <source>%1: no built-in role names this operation.</source>
            <translation>%1: keine integrierte Rolle nennt diese Operation.</translation>
        </message>
        <message>
            <source>Did you mean %1?</source>
            <translation>Meinten Sie %1?</translation>
        </message>
        <message>
            <source>It is also a control-plane action: type control: before it for that.</source>
            <translation>Sie ist auch eine Aktion der Steuerungsebene: geben Sie dafür control: davor ein.</translation>
        </message>
        <message>
            <source>It is also a data action: type data: before it for that.</source>
            <translation>Sie ist auch eine Datenaktion: geben Sie dafür data: davor ein.</translation>
        </message>
        <message numerus="yes">
            <source>No built-in role grants all %n operation(s).</source>
            <translation>
                <numerusform>Keine integrierte Rolle gewährt die %n Operation.</numerusform>
                <numerusform>Keine integrierte Rolle gewährt alle %n Operationen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The roles below grant all %n operation(s), smallest first.</source>
            <translation>
                <numerusform>Die Rollen unten gewähren die %n Operation, die kleinste zuerst.</numerusform>
                <numerusform>Die Rollen unten gewähren alle %n Operationen, die kleinste zuerst.</numerusform>
            </translation>
        </message>
        <message>
            <source>The smallest of them grants %1 operations: a custom role with exactly these is closer (below).</source>
            <translation>Die kleinste davon gewährt %1 Operationen: eine benutzerdefinierte Rolle mit genau diesen ist knapper (unten).</translation>
        </message>
        <message>
            <source>A custom role with exactly these operations is below.</source>
            <translation>Unten steht eine benutzerdefinierte Rolle mit genau diesen Operationen.</translation>
        </message>
        <message>
            <source>Role definition (JSON)</source>
            <translation>Rollendefinition (JSON)</translation>
        </message>
        <message>
            <source>Azure CLI</source>
            <translation>Azure CLI</translation>
        </message>
        <message>
            <source>Bicep</source>
            <translation>Bicep</translation>
        </message>
        <message>
            <source>Terraform (azurerm)</source>
            <translation>Terraform (azurerm)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
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
        <message>
            <source>Open in Azure &amp;portal</source>
            <translation>Im Azure-&amp;Portal öffnen</translation>
        </message>
        <message>
            <source>&amp;Grant…</source>
            <translation>&amp;Berechtigen…</translation>
        </message>
        <message>
            <source>Inspect &amp;token</source>
            <translation>&amp;Token prüfen</translation>
        </message>
        <message>
            <source>Grant this identity an app role or an Azure role.</source>
            <translation>Dieser Identität eine App-Rolle oder eine Azure-Rolle zuweisen.</translation>
        </message>
        <message>
            <source>Inspect an access token issued to this identity, where one can be minted.</source>
            <translation>Ein für diese Identität ausgestelltes Zugriffstoken prüfen, sofern sich eines ausstellen lässt.</translation>
        </message>
        <message>
            <source>Copied %1.</source>
            <translation>%1 kopiert.</translation>
        </message>
        <message>
            <source>(no display name)</source>
            <translation>(kein Anzeigename)</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>kopieren</translation>
        </message>
        <message>
            <source>Owner tenant</source>
            <translation>Besitzender Mandant</translation>
        </message>
        <message>
            <source>The tenant the application is registered in.</source>
            <translation>Der Mandant, in dem die Anwendung registriert ist.</translation>
        </message>
        <message>
            <source>Loading credentials and app roles…</source>
            <translation>Anmeldeinformationen und App-Rollen werden geladen…</translation>
        </message>
        <message>
            <source>Credentials and app roles could not be read: %1</source>
            <translation>Anmeldeinformationen und App-Rollen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Anmeldeinformationen</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Graph shows no key or password credential.</source>
            <translation>Graph zeigt weder Zertifikat noch geheimen Clientschlüssel.</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <source>Client secret</source>
            <translation>Geheimer Clientschlüssel</translation>
        </message>
        <message>
            <source>no expiry given</source>
            <translation>kein Ablaufdatum angegeben</translation>
        </message>
        <message>
            <source>expired %1</source>
            <translation>abgelaufen am %1</translation>
        </message>
        <message>
            <source>expires %1</source>
            <translation>läuft ab am %1</translation>
        </message>
        <message>
            <source>%1; key id %2</source>
            <translation>%1; Schlüssel-ID %2</translation>
        </message>
        <message>
            <source>App roles it exposes</source>
            <translation>Bereitgestellte App-Rollen</translation>
        </message>
        <message>
            <source>(disabled)</source>
            <translation>(deaktiviert)</translation>
        </message>
        <message>
            <source>Loading federated identity credentials…</source>
            <translation>Verbundanmeldeinformationen werden geladen…</translation>
        </message>
        <message>
            <source>Federated identity credentials could not be read: %1</source>
            <translation>Verbundanmeldeinformationen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Federated identity credentials</source>
            <translation>Verbundanmeldeinformationen</translation>
        </message>
        <message>
            <source>No workload outside Azure can sign in as this identity.</source>
            <translation>Keine Workload außerhalb von Azure kann sich als diese Identität anmelden.</translation>
        </message>
        <message>
            <source>Issuer %1; audiences %2</source>
            <translation>Aussteller %1; Zielgruppen %2</translation>
        </message>
        <message>
            <source>Nothing opened: the sandbox tenant exists only on this machine, so the Azure portal has nothing to show for it.</source>
            <translation>Nichts geöffnet: Den Sandbox-Mandanten gibt es nur auf diesem Rechner, das Azure-Portal hat zu ihm nichts zu zeigen.</translation>
        </message>
        <message>
            <source>No web browser could be opened here. The portal address is on the clipboard: %1</source>
            <translation>Hier ließ sich kein Webbrowser öffnen. Die Portaladresse liegt in der Zwischenablage: %1</translation>
        </message>
        <message>
            <source>Show &amp;all</source>
            <translation>&amp;Alle anzeigen</translation>
        </message>
        <message>
            <source>Load every service principal of the tenant again.</source>
            <translation>Alle Dienstprinzipale des Mandanten erneut laden.</translation>
        </message>
        <message>
            <source>Searching the tenant for “%1”…</source>
            <translation>Der Mandant wird nach „%1“ durchsucht…</translation>
        </message>
        <message numerus="yes">
            <source>Showing search results for “%1”: %n service principal(s) whose display name starts with these words, not the whole tenant.</source>
            <translation>
                <numerusform>Suchergebnisse für „%1“: %n Dienstprinzipal, dessen Anzeigename mit diesen Wörtern beginnt, nicht der ganze Mandant.</numerusform>
                <numerusform>Suchergebnisse für „%1“: %n Dienstprinzipale, deren Anzeigename mit diesen Wörtern beginnt, nicht der ganze Mandant.</numerusform>
            </translation>
        </message>
        <message>
            <source>No identity matches “%1”. Esc clears the filter; Search tenant looks beyond the identities loaded here.</source>
            <translation>Keine Identität passt zu „%1“. Esc leert den Filter; „Im Mandanten suchen“ sucht über die hier geladenen Identitäten hinaus.</translation>
        </message>
        <message>
            <source>Loading the app registration's certificates and secrets…</source>
            <translation>Zertifikate und geheime Schlüssel der App-Registrierung werden geladen…</translation>
        </message>
        <message>
            <source>The app registration's certificates and secrets could not be read: %1</source>
            <translation>Zertifikate und geheime Schlüssel der App-Registrierung konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Certificates &amp; secrets of the app registration</source>
            <translation>Zertifikate und geheime Schlüssel der App-Registrierung</translation>
        </message>
        <message>
            <source>None: the application has no certificate and no client secret.</source>
            <translation>Keine: Die Anwendung hat weder ein Zertifikat noch einen geheimen Clientschlüssel.</translation>
        </message>
        <message>
            <source>EXPIRED</source>
            <translation>ABGELAUFEN</translation>
        </message>
        <message>
            <source>expires soon</source>
            <translation>läuft bald ab</translation>
        </message>
        <message>
            <source>valid %1 to %2</source>
            <translation>gültig von %1 bis %2</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>no end</source>
            <translation>kein Ende</translation>
        </message>
        <message>
            <source>Thumbprint</source>
            <translation>Fingerabdruck</translation>
        </message>
        <message>
            <source>Agent identity (Microsoft Entra Agent ID): the account an AI agent signs in with, created from an agent identity blueprint.</source>
            <translation>Agent-Identität (Microsoft Entra Agent ID): das Konto, mit dem sich ein KI-Agent anmeldet, erstellt aus einem Agent-Identity-Blueprint.</translation>
        </message>
        <message>
            <source>Agent identity blueprint principal: the blueprint's service principal in this tenant, which creates its agent identities.</source>
            <translation>Prinzipal eines Agent-Identity-Blueprints: der Dienstprinzipal des Blueprints in diesem Mandanten, der dessen Agent-Identitäten erstellt.</translation>
        </message>
        <message>
            <source>Federated identity credentials (app registration)</source>
            <translation>Verbundanmeldeinformationen (App-Registrierung)</translation>
        </message>
        <message>
            <source>Add, edit or remove…</source>
            <translation>Hinzufügen, bearbeiten oder entfernen…</translation>
        </message>
        <message>
            <source>Federation doctor…</source>
            <translation>Verbund-Doktor…</translation>
        </message>
        <message>
            <source>Every word must match. "tier0" or "tier1" shows the identities that hold something of that tier; "orphaned" those whose resource is gone.</source>
            <translation>Jedes Wort muss passen. „tier0“ oder „tier1“ zeigt die Identitäten, die etwas dieser Stufe besitzen; „orphaned“ die, deren Ressource nicht mehr existiert.</translation>
        </message>
        <message>
            <source>%1 is not in the list of identities loaded here.</source>
            <translation>%1 ist nicht in der hier geladenen Liste der Identitäten.</translation>
        </message>
        <message>
            <source>Agent ID</source>
            <translation>Agent ID</translation>
        </message>
        <message>
            <source>Reading the blueprint, sponsors and inherited permissions…</source>
            <translation>Blueprint, Sponsoren und geerbte Berechtigungen werden gelesen…</translation>
        </message>
        <message>
            <source>Blueprint</source>
            <translation>Blueprint</translation>
        </message>
        <message>
            <source>app id</source>
            <translation>App-ID</translation>
        </message>
        <message>
            <source>The blueprint application itself could not be read.</source>
            <translation>Die Blueprint-Anwendung selbst konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Blueprint principal</source>
            <translation>Blueprint-Prinzipal</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>%1 anzeigen</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation>Sponsoren</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>not readable here: Graph lets only an application with AgentIdentity.ReadWrite.All read an agent's sponsors; signed in as a user they cannot be read.</source>
            <translation>hier nicht lesbar: Graph lässt die Sponsoren eines Agents nur eine Anwendung mit AgentIdentity.ReadWrite.All lesen; als Benutzer angemeldet sind sie nicht lesbar.</translation>
        </message>
        <message>
            <source>%1 on %2 (inherited from the blueprint)</source>
            <translation>%1 auf %2 (vom Blueprint geerbt)</translation>
        </message>
        <message>
            <source>Inherits</source>
            <translation>Erbt</translation>
        </message>
        <message>
            <source>nothing: no consented delegated permission of the blueprint is marked inheritable.</source>
            <translation>nichts: Keine erteilte delegierte Berechtigung des Blueprints ist als vererbbar markiert.</translation>
        </message>
        <message>
            <source>Agent identities</source>
            <translation>Agent-Identitäten</translation>
        </message>
        <message>
            <source>none made from this blueprint yet</source>
            <translation>noch keine aus diesem Blueprint erstellt</translation>
        </message>
        <message>
            <source>Not shown</source>
            <translation>Nicht angezeigt</translation>
        </message>
        <message>
            <source>The signed-in account may lack the Agent ID read permission for this part (docs/agents.md lists them); the rest is shown.</source>
            <translation>Dem angemeldeten Konto fehlt für diesen Teil vermutlich die Leseberechtigung für Agent ID (docs/agents.md nennt sie); der Rest wird angezeigt.</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::IdentityItemDelegate</name>
        <message>
            <source>TIER 0</source>
            <translation>STUFE 0</translation>
        </message>
        <message>
            <source>Tier 1</source>
            <translation>Stufe 1</translation>
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
        <message>
            <source>&lt;b&gt;SANDBOX TENANT&lt;/b&gt; — a local emulation on this computer, not a real directory. Its identities, grants and tokens vanish when the app quits.</source>
            <translation>&lt;b&gt;SANDBOX-MANDANT&lt;/b&gt; — eine lokale Nachbildung auf diesem Computer, kein echtes Verzeichnis. Seine Identitäten, Berechtigungen und Token verschwinden, wenn die App beendet wird.</translation>
        </message>
        <message>
            <source>Sandbox tenant — Identity Explorer</source>
            <translation>Sandbox-Mandant — Identity Explorer</translation>
        </message>
        <message>
            <source>%1 — Identity Explorer</source>
            <translation>%1 — Identity Explorer</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::RbacPanel</name>
        <message>
            <source>Select an identity in the tree to see and change its Azure roles.</source>
            <translation>Wählen Sie im Baum eine Identität aus, um ihre Azure-Rollen zu sehen und zu ändern.</translation>
        </message>
        <message>
            <source>Azure role assignments</source>
            <translation>Azure-Rollenzuweisungen</translation>
        </message>
        <message>
            <source>Remove selected…</source>
            <translation>Auswahl entfernen…</translation>
        </message>
        <message>
            <source>Assign an Azure role</source>
            <translation>Azure-Rolle zuweisen</translation>
        </message>
        <message>
            <source>Search the loaded scopes</source>
            <translation>Geladene Bereiche durchsuchen</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Search roles by name or description</source>
            <translation>Rollen nach Name oder Beschreibung suchen</translation>
        </message>
        <message>
            <source>Review and assign…</source>
            <translation>Prüfen und zuweisen…</translation>
        </message>
        <message>
            <source>Azure roles of %1 (%2)</source>
            <translation>Azure-Rollen von %1 (%2)</translation>
        </message>
        <message>
            <source>The Azure roles of this identity could not be read: %1</source>
            <translation>Die Azure-Rollen dieser Identität konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The scopes could not be read: %1</source>
            <translation>Die Bereiche konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The roles could not be read: %1</source>
            <translation>Die Rollen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>(custom)</source>
            <extracomment>Suffix of a custom Azure role</extracomment>
            <translation>(benutzerdefiniert)</translation>
        </message>
        <message>
            <source>Key actions: %1</source>
            <translation>Wichtige Aktionen: %1</translation>
        </message>
        <message>
            <source>Pick a scope and a role first.</source>
            <translation>Wählen Sie zuerst einen Bereich und eine Rolle aus.</translation>
        </message>
        <message>
            <source>Azure does not know this identity yet (it may have been created just now). Next attempt in %1 s.</source>
            <translation>Azure kennt diese Identität noch nicht (vielleicht wurde sie gerade erst erstellt). Nächster Versuch in %1 s.</translation>
        </message>
        <message>
            <source>Select the role assignments to remove first.</source>
            <translation>Wählen Sie zuerst die Rollenzuweisungen aus, die entfernt werden sollen.</translation>
        </message>
        <message>
            <source>%1 is already inherited at “%2”: the identity holds it at “%3” (%4, %5), which covers this scope. Assigning it here adds nothing.</source>
            <translation>%1 wird bei „%2“ bereits geerbt: Die Identität hat die Rolle bei „%3“ (%4, %5), und das umfasst diesen Bereich. Eine Zuweisung hier ändert nichts.</translation>
        </message>
        <message>
            <source>Azure role assignments: Azure does not list the latest change yet (reload in a while)</source>
            <translation>Azure-Rollenzuweisungen: Azure führt die letzte Änderung noch nicht auf (später neu laden)</translation>
        </message>
        <message>
            <source>Azure role assignments: waiting for Azure to list the latest change</source>
            <translation>Azure-Rollenzuweisungen: Warten, bis Azure die letzte Änderung aufführt</translation>
        </message>
        <message>
            <source>%1: granted</source>
            <translation>%1: erteilt</translation>
        </message>
        <message>
            <source>%1: removed</source>
            <translation>%1: entfernt</translation>
        </message>
        <message>
            <source>%1: already granted</source>
            <translation>%1: bereits erteilt</translation>
        </message>
        <message>
            <source>%1: already removed</source>
            <translation>%1: bereits entfernt</translation>
        </message>
        <message>
            <source>%1: failed: %2</source>
            <translation>%1: fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>%1: not removed: %2</source>
            <translation>%1: nicht entfernt: %2</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <extracomment>An Azure role at a scope: "Reader at /subscriptions/…"</extracomment>
            <translation>%1 im Bereich %2</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::Session</name>
        <message>
            <source>sandbox admin app</source>
            <translation>Admin-App der Sandbox</translation>
        </message>
        <message>
            <source>Minted by the sandbox for %1: the token its own managed-identity endpoint would hand out now, for %2, with the app roles it holds. No credential of the identity was used; on Azure only the identity itself can get its token.</source>
            <translation>Von der Sandbox für %1 ausgestellt: das Token, das ihr eigener Endpunkt für verwaltete Identitäten jetzt ausgeben würde, für %2, mit den App-Rollen, die sie hält. Keine Anmeldeinformation der Identität wurde verwendet; in Azure kann nur die Identität selbst ihr Token abrufen.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Sign out and forget every access token?</source>
            <translation>Abmelden und alle Zugriffstoken verwerfen?</translation>
        </message>
        <message>
            <source>Also delete the saved browser sign-in from the keychain</source>
            <translation>Auch die gespeicherte Browser-Anmeldung aus dem Schlüsselbund löschen</translation>
        </message>
        <message>
            <source>Also delete the saved client secret from the keychain</source>
            <translation>Auch den gespeicherten geheimen Clientschlüssel aus dem Schlüsselbund löschen</translation>
        </message>
        <message>
            <source>Only the identity itself can get its token: sign in as it (File ▸ Sign in…, e.g. with its client secret) and press Get token in the inspector.</source>
            <translation>Nur die Identität selbst kann ihr Token bekommen: Melden Sie sich als sie an (Datei ▸ Anmelden…, z. B. mit ihrem geheimen Clientschlüssel) und drücken Sie im Inspektor „Token abrufen“.</translation>
        </message>
        <message>
            <source>No token for this identity: %1</source>
            <translation>Kein Token für diese Identität: %1</translation>
        </message>
        <message>
            <source>%1 cannot be revoked from here.</source>
            <translation>%1 kann hier nicht entzogen werden.</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Sandbox tenant</source>
            <translation>Sandbox-Mandant</translation>
        </message>
        <message>
            <source>Azure CLI</source>
            <translation>Azure CLI</translation>
        </message>
        <message>
            <source>Device code</source>
            <translation>Gerätecode</translation>
        </message>
        <message>
            <source>Client secret</source>
            <translation>Geheimer Clientschlüssel</translation>
        </message>
        <message>
            <source>Managed identity</source>
            <translation>Verwaltete Identität</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Umgebungsvariablen</translation>
        </message>
        <message>
            <source>Pasted token</source>
            <translation>Eingefügtes Token</translation>
        </message>
        <message>
            <source>The built-in sandbox tenant, signed in as its documented admin app.</source>
            <translation>Der integrierte Sandbox-Mandant, angemeldet als dessen dokumentierte Administrator-App.</translation>
        </message>
        <message>
            <source>Uses the account you signed in with 'az login'.</source>
            <translation>Verwendet das Konto, mit dem Sie sich per „az login“ angemeldet haben.</translation>
        </message>
        <message>
            <source>Shows a code to enter at a web page, on any device with a browser.</source>
            <translation>Zeigt einen Code an, den Sie auf einer Webseite eingeben – auf einem beliebigen Gerät mit Browser.</translation>
        </message>
        <message>
            <source>An application's tenant, client id and secret; the secret is kept only in the system keychain.</source>
            <translation>Mandant, Client-ID und geheimer Schlüssel einer Anwendung; der geheime Schlüssel wird nur im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>The identity of the Azure machine, App Service or container this app runs on.</source>
            <translation>Die Identität des Azure-Computers, App Service oder Containers, auf dem diese App läuft.</translation>
        </message>
        <message>
            <source>An access token you paste, used for its own audience until it expires.</source>
            <translation>Ein eingefügtes Zugriffstoken, das bis zu seinem Ablauf für seine eigene Zielgruppe verwendet wird.</translation>
        </message>
        <message>
            <source>&amp;Way:</source>
            <translation>&amp;Anmeldeart:</translation>
        </message>
        <message>
            <source>Custom cloud (configuration file)</source>
            <translation>Benutzerdefinierte Cloud (Konfigurationsdatei)</translation>
        </message>
        <message>
            <source>&amp;Cloud:</source>
            <translation>&amp;Cloud:</translation>
        </message>
        <message>
            <source>File in the format 'az cloud register' reads</source>
            <translation>Datei im Format, das „az cloud register“ liest</translation>
        </message>
        <message>
            <source>Cloud &amp;file:</source>
            <translation>Cloud-&amp;Datei:</translation>
        </message>
        <message>
            <source>Tenant id or domain</source>
            <translation>Mandanten-ID oder Domäne</translation>
        </message>
        <message>
            <source>&amp;Tenant:</source>
            <translation>&amp;Mandant:</translation>
        </message>
        <message>
            <source>Client &amp;id:</source>
            <translation>Client-&amp;ID:</translation>
        </message>
        <message>
            <source>Leave empty to use the secret in the keychain</source>
            <translation>Leer lassen: der gespeicherte aus dem Schlüsselbund</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>&amp;Geheimer Schlüssel:</translation>
        </message>
        <message>
            <source>Save the secret in the system keychain</source>
            <translation>Geheimen Schlüssel im Schlüsselbund des Systems speichern</translation>
        </message>
        <message>
            <source>&amp;Token:</source>
            <translation>&amp;Token:</translation>
        </message>
        <message>
            <source>Cop&amp;y code</source>
            <translation>Code &amp;kopieren</translation>
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation>An&amp;melden</translation>
        </message>
        <message>
            <source>Sign-in cancelled.</source>
            <translation>Anmeldung abgebrochen.</translation>
        </message>
        <message>
            <source>User-assigned identity's client id (optional)</source>
            <translation>Client-ID der benutzerseitig zugewiesenen Identität (optional)</translation>
        </message>
        <message>
            <source>Application (client) id</source>
            <translation>Anwendungs-ID (Client-ID)</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Anmeldung läuft …</translation>
        </message>
        <message>
            <source>Sandbox admin app</source>
            <translation>Sandbox-Administrator-App</translation>
        </message>
        <message>
            <source>The sandbox tenant is not available in this cloud: choose the sandbox cloud, or a custom cloud file that 'identity-explorer sandbox' wrote.</source>
            <translation>Der Sandbox-Mandant ist in dieser Cloud nicht verfügbar: Wählen Sie die Sandbox-Cloud oder eine benutzerdefinierte Cloud-Datei, die „identity-explorer sandbox“ geschrieben hat.</translation>
        </message>
        <message>
            <source>Enter the tenant and the client id of the application.</source>
            <translation>Geben Sie den Mandanten und die Client-ID der Anwendung ein.</translation>
        </message>
        <message>
            <source>No keychain is available to save the secret in.</source>
            <translation>Es ist kein Schlüsselbund verfügbar, in dem der geheime Schlüssel gespeichert werden kann.</translation>
        </message>
        <message>
            <source>Open %1 and enter the code %2</source>
            <translation>Öffnen Sie %1 und geben Sie den Code %2 ein</translation>
        </message>
        <message>
            <source>Signed in as %1.</source>
            <translation>Angemeldet als %1.</translation>
        </message>
        <message>
            <source>Browser</source>
            <translation>Browser</translation>
        </message>
        <message>
            <source>Opens your organization's sign-in page in the web browser; the next start signs in silently with the refresh token kept in the system keychain.</source>
            <translation>Öffnet die Anmeldeseite Ihrer Organisation im Webbrowser; beim nächsten Start erfolgt die Anmeldung automatisch mit dem Aktualisierungstoken aus dem Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <source>Copy &amp;address</source>
            <translation>&amp;Adresse kopieren</translation>
        </message>
        <message>
            <source>Waiting for the sign-in in the web browser…</source>
            <translation>Warten auf die Anmeldung im Webbrowser…</translation>
        </message>
        <message>
            <source>If no browser window opened, open this address: %1</source>
            <translation>Falls sich kein Browserfenster geöffnet hat, öffnen Sie diese Adresse: %1</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Tries what the Azure SDKs' default credential tries, in order: the environment variables, workload identity, this machine's managed identity and the Azure CLI; then the web browser. Says why each step was skipped.</source>
            <translation>Versucht der Reihe nach, was die Standardanmeldeinformationen der Azure SDKs versuchen: die Umgebungsvariablen, die Workloadidentität, die verwaltete Identität dieses Computers und die Azure CLI; danach den Webbrowser. Nennt für jeden Schritt, warum er übersprungen wurde.</translation>
        </message>
        <message>
            <source>Signed in as %1; saving the secret in the keychain…</source>
            <translation>Angemeldet als %1; der geheime Schlüssel wird im Schlüsselbund gespeichert …</translation>
        </message>
        <message>
            <source>Signed in as %1, but the secret could not be saved in the keychain (%2). The keychain still holds what it held before: enter the secret again at the next sign-in.</source>
            <translation>Angemeldet als %1, aber der geheime Schlüssel konnte nicht im Schlüsselbund gespeichert werden (%2). Der Schlüsselbund enthält weiterhin, was er vorher enthielt: Geben Sie den geheimen Schlüssel bei der nächsten Anmeldung erneut ein.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Client certificate</source>
            <translation>Clientzertifikat</translation>
        </message>
        <message>
            <source>An application's tenant, client id and certificate file (PEM with its private key, or PKCS#12); the file's password is kept only in the system keychain.</source>
            <translation>Mandant, Client-ID und Zertifikatsdatei einer Anwendung (PEM mit privatem Schlüssel oder PKCS#12); das Kennwort der Datei wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
        </message>
        <message>
            <source>Reads AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH), as the Azure SDKs do.</source>
            <translation>Liest AZURE_TENANT_ID, AZURE_CLIENT_ID und AZURE_CLIENT_SECRET (oder AZURE_CLIENT_CERTIFICATE_PATH), wie es die Azure SDKs tun.</translation>
        </message>
        <message>
            <source>PEM or PKCS#12 (.pfx) file</source>
            <translation>PEM- oder PKCS#12-Datei (.pfx)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>D&amp;urchsuchen…</translation>
        </message>
        <message>
            <source>C&amp;ertificate:</source>
            <translation>&amp;Zertifikat:</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.pfx *.p12);;All files (*)</source>
            <translation>Zertifikate (*.pem *.crt *.pfx *.p12);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Leave empty to use the password in the keychain, or none</source>
            <translation>Leer lassen: das Kennwort aus dem Schlüsselbund, oder keines</translation>
        </message>
        <message>
            <source>File &amp;password:</source>
            <translation>Datei-Kenn&amp;wort:</translation>
        </message>
        <message>
            <source>Save the password in the system keychain</source>
            <translation>Kennwort im Schlüsselbund des Systems speichern</translation>
        </message>
        <message>
            <source>Enter the tenant, the client id of the application and its certificate file.</source>
            <translation>Geben Sie den Mandanten, die Client-ID der Anwendung und ihre Zertifikatsdatei ein.</translation>
        </message>
        <message>
            <source>No keychain is available to save the password in.</source>
            <translation>Es ist kein Schlüsselbund verfügbar, in dem das Kennwort gespeichert werden kann.</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::TokenInspectorWidget</name>
        <message>
            <source>Paste an access token here (also "Bearer …", or the JSON of az account get-access-token or IMDS), or drop a file.</source>
            <translation>Fügen Sie hier ein Zugriffstoken ein (auch „Bearer …“ oder das JSON von az account get-access-token oder IMDS), oder legen Sie eine Datei ab.</translation>
        </message>
        <message>
            <source>Verify signature</source>
            <translation>Signatur prüfen</translation>
        </message>
        <message>
            <source>Fetch the issuer's keys (over https, from its login host) and check the signature.</source>
            <translation>Die Schlüssel des Ausstellers abrufen (über https, von seinem Anmeldehost) und die Signatur prüfen.</translation>
        </message>
        <message>
            <source>Verify with key file…</source>
            <translation>Mit Schlüsseldatei prüfen…</translation>
        </message>
        <message>
            <source>Microsoft Graph</source>
            <translation>Microsoft Graph</translation>
        </message>
        <message>
            <source>Azure Resource Manager</source>
            <translation>Azure Resource Manager</translation>
        </message>
        <message>
            <source>Azure Key Vault</source>
            <translation>Azure Key Vault</translation>
        </message>
        <message>
            <source>Azure Storage</source>
            <translation>Azure Storage</translation>
        </message>
        <message>
            <source>Custom App ID URI</source>
            <translation>Eigener App-ID-URI</translation>
        </message>
        <message>
            <source>api://… or an application id</source>
            <translation>api://… oder eine Anwendungs-ID</translation>
        </message>
        <message>
            <source>Get token</source>
            <translation>Token abrufen</translation>
        </message>
        <message>
            <source>Ask the current credential for a token for this audience.</source>
            <translation>Mit den aktuellen Anmeldeinformationen ein Token für diese Zielgruppe anfordern.</translation>
        </message>
        <message>
            <source>Copy claim</source>
            <translation>Claim kopieren</translation>
        </message>
        <message>
            <source>Copy JSON</source>
            <translation>JSON kopieren</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Paste a second token (for example the refreshed one) to see which claims were added, removed or changed.</source>
            <translation>Fügen Sie ein zweites Token ein (zum Beispiel das erneuerte), um zu sehen, welche Claims hinzugefügt, entfernt oder geändert wurden.</translation>
        </message>
        <message>
            <source>Only differences</source>
            <translation>Nur Unterschiede</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Claims</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Nutzdaten</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>Second token: %1</source>
            <translation>Zweites Token: %1</translation>
        </message>
        <message>
            <source>Paste the first token above.</source>
            <translation>Fügen Sie oben das erste Token ein.</translation>
        </message>
        <message>
            <source>No token. Paste one, drop a file or press Get token.</source>
            <translation>Kein Token. Fügen Sie eines ein, legen Sie eine Datei ab oder klicken Sie auf „Token abrufen“.</translation>
        </message>
        <message>
            <source>Not a readable token.</source>
            <translation>Kein lesbares Token.</translation>
        </message>
        <message>
            <source>Algorithm: %1</source>
            <translation>Algorithmus: %1</translation>
        </message>
        <message>
            <source>Key id: %1</source>
            <translation>Schlüssel-ID: %1</translation>
        </message>
        <message numerus="yes">
            <source>Signature: %n byte(s)</source>
            <translation>
                <numerusform>Signatur: %n Byte</numerusform>
                <numerusform>Signatur: %n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Not checked yet: press Verify signature, or verify with a key file.</source>
            <translation>Noch nicht geprüft: Klicken Sie auf „Signatur prüfen“ oder prüfen Sie mit einer Schlüsseldatei.</translation>
        </message>
        <message>
            <source>Keys from: %1</source>
            <translation>Schlüssel von: %1</translation>
        </message>
        <message>
            <source>Keys fetched at: %1</source>
            <translation>Schlüssel abgerufen am: %1</translation>
        </message>
        <message>
            <source>There is no connection to fetch keys with; verify with a key file.</source>
            <translation>Es gibt keine Verbindung zum Abrufen der Schlüssel; prüfen Sie mit einer Schlüsseldatei.</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Verify with key file</source>
            <translation>Mit Schlüsseldatei prüfen</translation>
        </message>
        <message>
            <source>Keys (*.json *.jwks *.pem *.crt *.cer);;All files (*)</source>
            <translation>Schlüssel (*.json *.jwks *.pem *.crt *.cer);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>No credential is signed in, so no token can be requested.</source>
            <translation>Es sind keine Anmeldeinformationen angemeldet, daher kann kein Token angefordert werden.</translation>
        </message>
        <message>
            <source>Enter the App ID URI or application id of the API to get a token for.</source>
            <translation>Geben Sie den App-ID-URI oder die Anwendungs-ID der API ein, für die ein Token abgerufen werden soll.</translation>
        </message>
        <message>
            <source>Getting token…</source>
            <translation>Token wird abgerufen…</translation>
        </message>
        <message>
            <source>UNSIGNED: this token has no signature (alg "%1"). Anyone can write one; no service may accept it, and its claims prove nothing.</source>
            <translation>UNSIGNIERT: Dieses Token hat keine Signatur (alg „%1“). Jeder kann so eines schreiben; kein Dienst darf es annehmen, und seine Claims beweisen nichts.</translation>
        </message>
        <message>
            <source>INVALID SIGNATURE: the signature does not match the issuer's key. The token was altered or forged.</source>
            <translation>UNGÜLTIGE SIGNATUR: Die Signatur passt nicht zum Schlüssel des Ausstellers. Das Token wurde verändert oder gefälscht.</translation>
        </message>
        <message>
            <source>EXPIRED: services refuse this token (%1).</source>
            <translation>ABGELAUFEN: Dienste lehnen dieses Token ab (%1).</translation>
        </message>
        <message>
            <source>NOT YET VALID: services refuse this token until %1.</source>
            <translation>NOCH NICHT GÜLTIG: Dienste lehnen dieses Token bis %1 ab.</translation>
        </message>
        <message>
            <source>SIGNATURE VALID: checked against the issuer's key.</source>
            <translation>SIGNATUR GÜLTIG: mit dem Schlüssel des Ausstellers geprüft.</translation>
        </message>
        <message>
            <source>Replace the pasted token?</source>
            <translation>Das eingefügte Token ersetzen?</translation>
        </message>
        <message>
            <source>Get token replaces the token you pasted with one from the signed-in credential.</source>
            <translation>„Token abrufen“ ersetzt das eingefügte Token durch eines der angemeldeten Anmeldeinformation.</translation>
        </message>
        <message>
            <source>From Get token: the signed-in credential (%1) asked for a token for %2.</source>
            <translation>Aus „Token abrufen“: Die angemeldete Anmeldeinformation (%1) hat ein Token für %2 angefordert.</translation>
        </message>
        <message>
            <source>whoever is signed in</source>
            <translation>wer gerade angemeldet ist</translation>
        </message>
    </context>
    <context>
        <name>ie::ui::TokenRecipeDialog</name>
        <message>
            <source>Token of %1</source>
            <translation>Token von %1</translation>
        </message>
        <message>
            <source>A managed identity's token comes only from the endpoint on its own host, and this machine is not that host. Run one of these there, then paste the answer into the token inspector (it reads the JSON as it comes).</source>
            <translation>Das Token einer verwalteten Identität kommt nur vom Endpunkt auf ihrem eigenen Host, und dieser Rechner ist nicht dieser Host. Führen Sie dort einen dieser Befehle aus und fügen Sie die Antwort in den Token-Inspektor ein (er liest das JSON so, wie es kommt).</translation>
        </message>
        <message>
            <source>&amp;Copy all</source>
            <translation>Alles &amp;kopieren</translation>
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
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>Die Version anzeigen.</translation>
        </message>
        <message>
            <source>A command-line verb: %1. Without one the window opens.</source>
            <translation>Ein Befehl für die Kommandozeile: %1. Ohne Befehl öffnet sich das Fenster.</translation>
        </message>
        <message>
            <source>Run "identity-explorer VERB --help" for a verb's options.</source>
            <translation>„identity-explorer BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
        </message>
        <message>
            <source>unknown verb "%1"; the verbs are: %2</source>
            <translation>unbekannter Befehl „%1“; die Befehle sind: %2</translation>
        </message>
        <message>
            <source>no display to open the window on (DISPLAY is not set); the verbs work without one: %1</source>
            <translation>kein Bildschirm, auf dem sich das Fenster öffnen könnte (DISPLAY ist nicht gesetzt); die Befehle funktionieren ohne: %1</translation>
        </message>
    </context>
</TS>
