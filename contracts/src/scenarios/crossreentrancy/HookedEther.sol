// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Implemented by contracts that want to be told when they receive
///         HookedEther, ERC777's `tokensReceived` hook.
interface IHookedEtherRecipient {
    function tokensReceived(address operator, address from, address to, uint256 amount) external;
}

/// @title HookedEther
/// @notice Wrapped ether (hETH, 1:1 with ETH like WETH) with ERC777-style
///         receive hooks: an account may register a contract that is called
///         after it receives hETH (ERC777 uses the ERC1820 registry for this;
///         the registry is built in here). Tokens with such hooks are what
///         made the imBTC/Lendf.Me and AMP/Cream reentrancies possible: every
///         transfer can hand control to the recipient.
contract HookedEther is ERC20 {
    /// @notice Hook implementer registered by each account (zero = none).
    mapping(address => address) public hookOf;

    event Deposit(address indexed account, uint256 amount);
    event Withdrawal(address indexed account, uint256 amount);
    event HookSet(address indexed account, address indexed implementer);

    error EtherTransferFailed();

    constructor() ERC20("Hooked Ether", "hETH") {}

    /// @notice Wraps msg.value into hETH.
    function deposit() external payable {
        _mint(msg.sender, msg.value);
        emit Deposit(msg.sender, msg.value);
    }

    /// @notice Unwraps `amount` hETH into ETH.
    function withdraw(uint256 amount) external {
        _burn(msg.sender, amount);
        emit Withdrawal(msg.sender, amount);
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert EtherTransferFailed();
    }

    /// @notice Registers (or, with zero, removes) the caller's receive hook.
    function setHook(address implementer) external {
        hookOf[msg.sender] = implementer;
        emit HookSet(msg.sender, implementer);
    }

    /// @dev Calls the recipient's hook after every transfer (not on mint or burn).
    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from == address(0) || to == address(0)) return;
        address hook = hookOf[to];
        if (hook != address(0)) IHookedEtherRecipient(hook).tokensReceived(msg.sender, from, to, value);
    }
}
