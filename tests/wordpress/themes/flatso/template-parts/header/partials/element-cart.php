<li class="cart-item has-icon has-dropdown">

<a href="<?php echo esc_url( home_url( '/varukorg/' ) ); ?>" title="Varukorg" class="header-cart-link is-small">


<span class="header-cart-title">
   Varukorg   /      <span class="cart-price"><?php echo flatso_wc_price( 0 ); // phpcs:ignore ?></span>
  </span>

    <i class="icon-shopping-basket"
    data-icon-label="0">
  </i>
  </a>

 <ul class="nav-dropdown nav-dropdown-default">
    <li class="html widget_shopping_cart">
      <div class="widget_shopping_cart_content">
        

	<p class="woocommerce-mini-cart__empty-message">Inga produkter i varukorgen.</p>


      </div>
    </li>
     </ul>

</li>
