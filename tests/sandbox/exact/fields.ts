/**
 * Every property name of each entity as listed in api/exact-online.md §2 (Exact's field reference).
 * Properties the world does not model are still valid in $select/$filter and come back null.
 */
const range = (prefix: string, count: number): string =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`).join(' ');

const AUDIT = 'Created Creator CreatorFullName Modified Modifier ModifierFullName Division';

export const DOC_FIELDS = {
  me: `AccountingDivision CurrentDivision CustomerCode DivisionCustomer DivisionCustomerCode
    DivisionCustomerName DivisionCustomerSiretNumber DivisionCustomerVatNumber DossierDivision Email
    EmployeeID FirstName FullName Gender Initials IsClientUser IsEmployeeSelfServiceUser
    IsMyFirmLiteUser IsMyFirmPortalUser IsOEIMigrationMandatory IsStarterUser Language LanguageCode
    LastName Legislation MiddleName Mobile Nationality PackageCode Phone PhoneExtension PictureUrl
    ServerTime ServerUtcOffset ThumbnailPicture ThumbnailPictureFormat Title UserID UserName`,
  salesOrders: `OrderID AmountDC AmountDiscount AmountDiscountExclVat AmountFC AmountFCExclVat
    ApprovalStatus ApprovalStatusDescription Approved Approver ApproverFullName Currency CustomField
    DeliverTo DeliverToContactPerson DeliverToContactPersonFullName DeliverToName DeliveryAddress
    DeliveryDate DeliveryStatus DeliveryStatusDescription Description Discount Document
    DocumentNumber DocumentSubject IncotermAddress IncotermCode IncotermVersion InvoiceStatus
    InvoiceStatusDescription InvoiceTo InvoiceToContactPerson InvoiceToContactPersonFullName
    InvoiceToName OrderDate OrderedBy OrderedByContactPerson OrderedByContactPersonFullName
    OrderedByName OrderNumber PaymentCondition PaymentConditionDescription PaymentReference Remarks
    SalesChannel SalesChannelCode SalesChannelDescription Salesperson SalespersonFullName
    SelectionCode SelectionCodeCode SelectionCodeDescription ShippingMethod ShippingMethodDescription
    Status StatusDescription WarehouseCode WarehouseDescription WarehouseID YourRef ${AUDIT}`,
  salesInvoices: `InvoiceID AmountDC AmountDiscount AmountDiscountExclVat AmountFC AmountFCExclVat
    Currency CustomField DeliverTo DeliverToAddress DeliverToContactPerson
    DeliverToContactPersonFullName DeliverToName Description Discount DiscountType Document
    DocumentNumber DocumentSubject DueDate ExtraDutyAmountFC GAccountAmountFC IncotermAddress
    IncotermCode IncotermVersion InvoiceDate InvoiceNumber InvoiceTo InvoiceToContactPerson
    InvoiceToContactPersonFullName InvoiceToName IsExtraDuty Journal JournalDescription OrderDate
    OrderedBy OrderedByContactPerson OrderedByContactPersonFullName OrderedByName OrderNumber
    PaymentCondition PaymentConditionDescription PaymentReference Remarks SalesChannel
    SalesChannelCode SalesChannelDescription Salesperson SalespersonFullName SelectionCode
    SelectionCodeCode SelectionCodeDescription ShippingMethod ShippingMethodCode
    ShippingMethodDescription StarterSalesInvoiceStatus StarterSalesInvoiceStatusDescription Status
    StatusDescription Type TypeDescription VATAmountDC VATAmountFC Warehouse WithholdingTaxAmountFC
    WithholdingTaxBaseAmount WithholdingTaxPercentage YourRef ${AUDIT}`,
  salesEntries: `EntryID AmountDC AmountFC BatchNumber Currency Customer CustomerName Description
    Document DocumentNumber DocumentSubject DueDate EntryDate EntryNumber ExternalLinkDescription
    ExternalLinkReference InvoiceNumber IsExtraDuty Journal JournalDescription OrderNumber
    PaymentCondition PaymentConditionDescription PaymentReference ProcessNumber Rate ReportingPeriod
    ReportingYear Reversal Status StatusDescription Type TypeDescription VATAmountDC VATAmountFC
    YourRef ${AUDIT}`,
  items: `ID AverageCost Barcode ${range('Class_', 10)} Code CopyRemarks CostPriceCurrency
    CostPriceNew CostPriceStandard CustomField Description EndDate ExtraDescription
    ${range('FreeBoolField_', 5)} ${range('FreeDateField_', 5)} ${range('FreeNumberField_', 8)}
    ${range('FreeTextField_', 10)} GLCosts GLCostsCode GLCostsDescription GLRevenue GLRevenueCode
    GLRevenueDescription GLStock GLStockCode GLStockDescription GrossWeight IsBatchItem
    IsFractionAllowedItem IsMakeItem IsNewContract IsOnDemandItem IsPackageItem IsPurchaseItem
    IsSalesItem IsSerialItem IsStockItem IsSubcontractedItem IsTaxableItem IsTime IsWebshopItem
    ItemGroup ItemGroupCode ItemGroupDescription NetWeight NetWeightUnit Notes Picture PictureName
    PictureThumbnailUrl PictureUrl SalesVatCode SalesVatCodeDescription SearchCode SecurityLevel
    StandardSalesPrice StartDate StatisticalCode StatisticalNetWeight StatisticalUnits
    StatisticalValue Stock Unit UnitDescription UnitType ${AUDIT}`,
  itemWarehouses: `ID CountingCycle CurrentStock DefaultStorageLocation DefaultStorageLocationCode
    DefaultStorageLocationDescription Item ItemCode ItemDescription ItemEndDate
    ItemIsFractionAllowedItem ItemIsStockItem ItemStartDate ItemUnit ItemUnitDescription
    MaximumStock OrderPolicy Period PlannedStockIn PlannedStockOut PlanningDetailsUrl ProjectedStock
    ReorderPoint ReorderQuantity ReplenishmentType ReservedStock SafetyStock
    StorageLocationSequenceNumber StorageLocationUrl Warehouse WarehouseCode WarehouseDescription
    ${AUDIT}`,
  warehouses: `ID Code DefaultStorageLocation DefaultStorageLocationCode
    DefaultStorageLocationDescription Description EMail Main ManagerUser UseStorageLocations ${AUDIT}`,
  vatCodes: `ID Account AccountCode AccountName CalculationBasis Charged Code Country CustomField
    Description EUSalesListing ExcludeVATListing GLDiscountPurchase GLDiscountPurchaseCode
    GLDiscountPurchaseDescription GLDiscountSales GLDiscountSalesCode GLDiscountSalesDescription
    GLToClaim GLToClaimCode GLToClaimDescription GLToPay GLToPayCode GLToPayDescription IntraStat
    IntrastatType IsBlocked LegalText OssCountry Percentage TaxReturnType Type VatDocType VatMargin
    VATPartialRatio VATTransactionType ${AUDIT}`,
  glAccounts: `ID AllowCostsInSales AssimilatedVATBox BalanceSide BalanceType BelcotaxType Code
    Compress Costcenter CostcenterDescription Costunit CostunitDescription CustomField
    DeductibilityPercentages Description ExcludeVATListing ExpenseNonDeductiblePercentage IsBlocked
    Matching PrivateGLAccount PrivatePercentage ReportingCode RevalueCurrency SearchCode Type
    TypeDescription UseCostcenter UseCostunit VATCode VATDescription VATGLAccountType
    VATNonDeductibleGLAccount VATNonDeductiblePercentage VATSystem YearEndCostGLAccount
    YearEndReflectionGLAccount ${AUDIT}`,
} as const;

export type DocEntity = keyof typeof DOC_FIELDS;

export function docFields(entity: DocEntity): string[] {
  return DOC_FIELDS[entity].split(/\s+/).filter(Boolean);
}
