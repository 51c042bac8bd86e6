// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title GardenRewardToken
/// @notice "Garden" (GRDN), a farm's reward token: the team's reward
///         distributors (MINTER_ROLE) mint rewards to farmers; GRDN trades
///         against WETH on Uniswap V2.
///
/// @dev KNOWN FLAW (scenario `access-control-mint` of Warden's exploit
///      corpus): {mint} lost its `onlyRole(MINTER_ROLE)` modifier in a
///      refactoring (the batch variant kept it), so anyone can mint any
///      amount and dump it on the market (e.g. Uerii 2022, Paid Network 2021
///      where a minter key was abused, and many "infinite mint" incidents).
contract GardenRewardToken is ERC20, ERC20Burnable, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    event RewardsMinted(address indexed minter, address indexed to, uint256 amount);

    error LengthMismatch();

    constructor(address admin) ERC20("Garden", "GRDN") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    /// @notice Mints `amount` rewards to `to`.
    /// @dev THE FLAW: no role check.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
        emit RewardsMinted(msg.sender, to, amount);
    }

    /// @notice Mints rewards to many farmers at once.
    function mintBatch(address[] calldata to, uint256[] calldata amounts) external onlyRole(MINTER_ROLE) {
        if (to.length != amounts.length) revert LengthMismatch();
        for (uint256 i = 0; i < to.length; i++) {
            _mint(to[i], amounts[i]);
            emit RewardsMinted(msg.sender, to[i], amounts[i]);
        }
    }
}
