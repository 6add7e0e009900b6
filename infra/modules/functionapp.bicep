// Flex Consumption plan (FC1, Linux) and the function app with a system-assigned identity.
//
// Why Flex Consumption: it is the current serverless plan for Linux (the Linux Consumption plan takes no new
// language versions and retires in 2028), it lists dotnet-isolated 10.0 among its runtimes, and the Bicep types
// take the runtime as { name: 'dotnet-isolated', version: '10.0' } in functionAppConfig.runtime, so no
// Elastic Premium plan (and its always-on minimum cost) is needed for an HTTP-only API.
//
// On Flex Consumption the runtime lives in functionAppConfig, not in app settings or siteConfig: Azure rejects
// a FUNCTIONS_WORKER_RUNTIME app setting ("... for Flex Consumption sites is invalid") and siteConfig
// linuxFxVersion/ftpsState, and FUNCTIONS_EXTENSION_VERSION is set by the platform (always ~4).
// So neither setting is sent: see the app settings in main.bicep.
// FTP/FTPS is closed by refusing basic-auth publishing credentials for both the ftp and the scm endpoints
// (FTP has no Entra sign-in, so with basic auth off nobody can log in), not by siteConfig.ftpsState.

@description('Azure region.')
param location string

@description('Tags applied to the plan.')
param tags object

@description('Tags applied to the function app (azd finds the app it deploys to by its azd-service-name tag).')
param siteTags object

@description('Flex Consumption plan name.')
param planName string

@description('Function app name (the host name is <name>.azurewebsites.net).')
param functionAppName string

@description('Blob container URL (blob endpoint + container) the app package is deployed to.')
param deploymentContainerUrl string

@description('.NET version of the isolated worker.')
param dotnetVersion string

@description('Most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Instances kept warm for HTTP triggers (0 = scale to zero; 1 or more removes most cold starts, billed while idle).')
@minValue(0)
param alwaysReadyHttpInstances int

@description('Spread the plan across availability zones (the region must support it for Flex Consumption).')
param zoneRedundant bool

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true // Linux
    zoneRedundant: zoneRedundant
  }
}

resource functionApp 'Microsoft.Web/sites@2024-11-01' = {
  name: functionAppName
  location: location
  tags: siteTags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      minTlsVersion: '1.2'
      // App settings are written by main.bicep once the identity holds its roles, so Key Vault
      // references resolve on the first start instead of failing until the next restart.
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        alwaysReady: alwaysReadyHttpInstances > 0
          ? [
              {
                name: 'http'
                instanceCount: alwaysReadyHttpInstances
              }
            ]
          : []
      }
      runtime: {
        name: 'dotnet-isolated'
        version: dotnetVersion
      }
    }
  }
}

// Deployments authenticate with Microsoft Entra ID (azd deploy, az login, func publish); no basic-auth
// publishing credentials, on the scm (deployment) endpoint nor on FTP/FTPS.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

output functionAppName string = functionApp.name
output functionAppId string = functionApp.id
output principalId string = functionApp.identity.principalId
output defaultHostName string = functionApp.properties.defaultHostName
