package safe

// gsReasons are the Safe 1.4.1 revert codes a submitter can run into.
var gsReasons = map[string]string{
	"GS000": "could not finish initialization",
	"GS001": "threshold needs to be defined (the Safe is not set up)",
	"GS010": "not enough gas to execute the Safe transaction",
	"GS011": "could not pay gas costs with ether",
	"GS012": "could not pay gas costs with token",
	"GS013": "the Safe transaction's inner call failed (safeTxGas and gasPrice are 0)",
	"GS020": "signatures data too short",
	"GS021": "invalid contract signature location: inside static part",
	"GS022": "invalid contract signature location: length not present",
	"GS023": "invalid contract signature location: data not complete",
	"GS024": "invalid contract signature provided",
	"GS025": "hash has not been approved",
	"GS026": "invalid owner provided (a signature is not by an owner, for another hash or nonce, or out of order)",
	"GS030": "only owners can approve a hash in memory",
	"GS031": "method can only be called from this contract",
}

// RevertText explains a Safe revert reason such as "GS026"; other
// reasons are returned as they are.
func RevertText(reason string) string {
	if text, ok := gsReasons[reason]; ok {
		return reason + ": " + text
	}
	return reason
}
