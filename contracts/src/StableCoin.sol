// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Pausable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Pausable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title StableCoin
/// @notice "Demo USD" (dUSD), the borrowable asset of the Warden demo protocol.
/// @dev OpenZeppelin ERC20 (18 decimals) whose supply is minted by the
///      owner. It has no peg mechanism: in the demo its value is whatever the
///      Uniswap pairs say it is.
///
///      Pausable, so a guardian can freeze every dUSD movement (transfers,
///      mints, swaps in the pairs) along with the lending pool: holders of
///      PAUSER_ROLE pause, only DEFAULT_ADMIN_ROLE unpauses. Minting stays
///      with the Ownable owner; the constructor gives the initial owner both
///      roles as well.
contract StableCoin is ERC20, ERC20Pausable, Ownable, AccessControl {
    /// @notice Role allowed to pause all transfers (incident responders).
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    constructor(address initialOwner) ERC20("Demo USD", "dUSD") Ownable(initialOwner) {
        _grantRole(DEFAULT_ADMIN_ROLE, initialOwner);
        _grantRole(PAUSER_ROLE, initialOwner);
    }

    /// @notice Mints `amount` dUSD to `to`. Only the owner may mint.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Stops every transfer, mint and burn.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes transfers. Admin only, so a pauser cannot undo a pause by another.
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unpause();
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Pausable) {
        super._update(from, to, value);
    }
}
