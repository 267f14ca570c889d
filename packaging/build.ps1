# Windows twin of packaging/build.sh: builds the app-image and the .msi (needs WiX 3 on PATH for
# the .msi) from target/aleph-deploy.jar and target/lib/ (run `mvn package -DskipTests` first).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [app-image|msi|all]   (default: all)
#
# Outputs go under target\dist\. Environment overrides: APP_VERSION, JAVA_HOME, EXTRA_MODULES.
param([ValidateSet('app-image', 'msi', 'all')][string]$What = 'all')
$ErrorActionPreference = 'Stop'

$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Find-Tool([string]$Name) {
    if ($env:JAVA_HOME -and (Test-Path "$env:JAVA_HOME\bin\$Name.exe")) { return "$env:JAVA_HOME\bin\$Name.exe" }
    $cmd = Get-Command $Name -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    throw "$Name not found: install a full JDK 17 or newer (it ships $Name) and set JAVA_HOME"
}
$Jdeps = Find-Tool 'jdeps'
$Jpackage = Find-Tool 'jpackage'

[xml]$Pom = Get-Content pom.xml
$Version = if ($env:APP_VERSION) { $env:APP_VERSION } else { $Pom.project.version }
$Version = ($Version -split '-')[0]
if ($Version -notmatch '^\d+(\.\d+){0,2}$') { throw "cannot use version '$Version' for packages (need N.N.N)" }

$Jar = 'target\aleph-deploy.jar'
if (-not (Test-Path $Jar) -or -not (Test-Path 'target\lib')) {
    throw "$Jar or target\lib\ is missing: run 'mvn package -DskipTests' first"
}

$Dist = 'target\dist'
$InputDir = 'target\jpackage\input'
if (Test-Path 'target\jpackage') { Remove-Item -Recurse -Force 'target\jpackage' }
New-Item -ItemType Directory -Force $InputDir, $Dist | Out-Null
Copy-Item $Jar, 'target\lib\*.jar' $InputDir

Write-Host '== modules (jdeps)'
$Modules = (& $Jdeps --multi-release 17 --ignore-missing-deps --print-module-deps `
        --class-path "$InputDir\*" "$InputDir\aleph-deploy.jar" | Select-Object -Last 1).Trim()
# jdk.crypto.ec is a security provider jdeps cannot see; without it TLS has no ECDHE suites.
$Modules = "$Modules,jdk.crypto.ec"
if ($env:EXTRA_MODULES) { $Modules = "$Modules,$env:EXTRA_MODULES" }
Write-Host $Modules

$Name = 'Aleph Deploy'
$Icon = 'icons\aleph-deploy.ico'
$Common = @('--app-version', $Version, '--vendor', 'Aleph Deploy', '--copyright', 'Aleph Deploy contributors',
    '--description', 'Deploy and manage programs and volumes on Aleph Cloud')
$ImageDir = "$Dist\app-image"

Write-Host '== app-image'
if (Test-Path $ImageDir) { Remove-Item -Recurse -Force $ImageDir }
& $Jpackage --type app-image --name $Name @Common --input $InputDir --main-jar aleph-deploy.jar `
    --main-class org.alephdeploy.app.Launcher --add-modules $Modules --java-options -Xmx1g `
    --java-options -XX:+UseSerialGC --java-options -Xms512m --java-options -Xmn64m `
    --java-options -XX:MetaspaceSize=64m `
    --icon $Icon --add-launcher 'aleph-deploy=packaging\windows\aleph-deploy-cli.properties' --dest $ImageDir
if ($LASTEXITCODE -ne 0) { throw "jpackage app-image failed (exit $LASTEXITCODE)" }

if ($What -ne 'app-image') {
    Write-Host '== msi'
    & $Jpackage '@packaging\windows\jpackage-msi.args' --type msi --name $Name @Common `
        --app-image "$ImageDir\$Name" --resource-dir packaging\windows --icon $Icon --dest $Dist
    if ($LASTEXITCODE -ne 0) { throw "jpackage msi failed (exit $LASTEXITCODE): is WiX 3 (candle.exe, light.exe) on PATH?" }
}

Write-Host "== done: $Dist"
Get-ChildItem $Dist
