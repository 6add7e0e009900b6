// Key Vault (RBAC authorisation) holding FactBot's two secrets: the storage connection string and the
// Standard Webhooks signing secret. The function app reads them through Key Vault references.

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Key Vault name: 3-24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param keyVaultName string

@description('Storage account whose connection string is stored (it must already exist).')
param storageAccountName string

@description('Standard Webhooks signing secret (whsec_…).')
@secure()
param webhookSecret string

@description('Purge protection: a deleted vault or secret cannot be purged for the retention period. Recommended in production; it also keeps the vault name taken for that period after deletion.')
param enablePurgeProtection bool

@description('Name of the secret holding the storage connection string.')
param storageConnectionStringSecretName string

@description('Name of the secret holding the webhook signing secret.')
param webhookSecretName string

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Purge protection can be turned on but never off again; null leaves it off without sending 'false'.
    enablePurgeProtection: enablePurgeProtection ? true : null
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      // No virtual network in this deployment: the Flex Consumption app resolves references over the public endpoint.
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource storageConnectionString 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: storageConnectionStringSecretName
  properties: {
    contentType: 'text/plain'
    // Re-run the deployment after rotating the account's keys: it writes a new secret version,
    // and the versionless reference in the app settings picks it up.
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource webhook 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: webhookSecretName
  properties: {
    contentType: 'text/plain'
    value: webhookSecret
  }
}

output keyVaultName string = vault.name
output keyVaultId string = vault.id
// Versionless URIs: a Key Vault reference built on them follows the latest secret version.
output storageConnectionStringSecretUri string = storageConnectionString.properties.secretUri
output webhookSecretUri string = webhook.properties.secretUri
