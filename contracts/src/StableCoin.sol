// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title StableCoin
/// @notice "Demo USD" (dUSD), the borrowable asset of the Warden demo protocol.
/// @dev Plain OpenZeppelin ERC20 (18 decimals) whose supply is minted by the
///      owner. It has no peg mechanism: in the demo its value is whatever the
///      Uniswap pairs say it is.
contract StableCoin is ERC20, Ownable {
    constructor(address initialOwner) ERC20("Demo USD", "dUSD") Ownable(initialOwner) {}

    /// @notice Mints `amount` dUSD to `to`. Only the owner may mint.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
