import type { Messages } from './zh-CN'

/** The applicant's own choices: delivery of the result, prefilled data, materials retrieved from a register. */
const choices: Messages['choices'] = {
  delivery: {
    heading: 'Delivery of the result',
    lead: 'Choose how the result reaches you.',
    method: 'Delivery method',
    address: 'Postal address',
    addressHelp: 'Province, city, district, street and number.',
    recipient: 'Recipient',
    mobile: "Recipient's mobile number",
    postcode: 'Postcode',
    postcodeHelp: 'Optional, 6 digits.',
    windowNote: 'Collecting the result at a window is a visit: the one visit this item may need.',
    electronicNote: 'Download the electronic certificate from "My certificates" once the case is closed: no visit.',
    postNote: 'Sent free of charge by EMS: no visit.',
    onlyMethod: 'This item offers this delivery method only.',
    required: 'Choose a delivery method',
    chosen: "The applicant's choice",
    changeReason: 'Reason for the change',
  },
  prefill: {
    note: 'Some fields were filled in from your account; you may change them.',
  },
  retrieval: {
    authorise: 'Retrieve from the licence register',
    authoriseHelp: 'Tick to let us take it from the register: no upload needed.',
    fromRegister: "the bureau's certificate register",
    fromLibrary: 'the electronic licence library',
    retrieved: 'Retrieved from {source}',
    label: 'From the licence register',
    number: 'Number',
    validTo: 'Valid until',
    noExpiry: 'No expiry',
    view: 'View the certificate',
    undo: 'Withdraw the authorisation',
    failed: 'Could not retrieve it: {message}',
    working: 'Retrieving…',
  },
}

export default choices
