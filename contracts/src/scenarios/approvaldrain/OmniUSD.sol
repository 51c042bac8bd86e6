// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title OmniUSD
/// @notice "Omni USD" (oUSD), an owner-minted stablecoin the aggregator
///         scenario's users trade against WETH.
contract OmniUSD is ERC20, Ownable {
    constructor(address initialOwner) ERC20("Omni USD", "oUSD") Ownable(initialOwner) {}

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
