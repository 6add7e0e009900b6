// Key Vault (RBAC authorisation) holding FactBot's webhook and chat secrets, and nothing else: storage is reached
// with the managed identity, so no storage key or connection string is kept here.
//
// A secret is written only when this deployment is given a value for it. A redeployment without values leaves
// the secrets alone, so a secret set or rotated with `az keyvault secret set` survives `azd provision`.

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Key Vault name: 3-24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param keyVaultName string

@description('Purge protection: a deleted vault or secret cannot be purged for the retention period. Recommended in production; it also keeps the vault name taken for that period after deletion.')
param enablePurgeProtection bool

@description('Names of the secrets the app reads through Key Vault references.')
param secretNames string[]

@description('Values to write, by secret name; a missing or empty value leaves that secret as it is.')
@secure()
param secretValues object

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

resource secrets 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = [
  for name in secretNames: if (!empty(secretValues[?name] ?? '')) {
    parent: vault
    name: name
    properties: {
      contentType: 'text/plain'
      value: secretValues[name]
    }
  }
]

output keyVaultName string = vault.name
output keyVaultId string = vault.id
// Ends with '/'. Versionless secret URIs built on it follow the latest version of each secret.
output keyVaultUri string = vault.properties.vaultUri
