// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title OrchardToken
/// @notice "Orchard" (ORCH): the staking token of OrchardStaking, a fixed
///         supply minted to the team at deployment.
contract OrchardToken is ERC20 {
    constructor(address treasury, uint256 supply) ERC20("Orchard", "ORCH") {
        _mint(treasury, supply);
    }
}
