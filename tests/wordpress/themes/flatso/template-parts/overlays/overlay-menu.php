<div id="main-menu" class="mobile-sidebar no-scrollbar mfp-hide">
	<div class="sidebar-menu no-scrollbar ">
		<ul class="nav nav-sidebar nav-vertical nav-uppercase" data-tab="1">
			<li class="header-search-form search-form html relative has-icon">
	<div class="header-search-form-wrapper">
		<div class="searchform-wrapper ux-search-box relative is-normal"><form role="search" method="get" class="searchform" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<div class="flex-row relative">
						<div class="flex-col flex-grow">
			<label class="screen-reader-text" for="woocommerce-product-search-field-1">Sök efter:</label>
			<input type="search" id="woocommerce-product-search-field-1" class="search-field mb-0" placeholder="Sök&hellip;" value="" name="s" />
			<input type="hidden" name="post_type" value="product" />
					</div>
		<div class="flex-col">
			<button type="submit" value="Sök" class="ux-search-submit submit-button secondary button icon mb-0" aria-label="Skicka">
				<i class="icon-search" ></i>			</button>
		</div>
	</div>
	<div class="live-search-results text-left z-top"></div>
</form>
</div>	</div>
</li>
<?php flatso_print_menu( 'primary_mobile', '' ); ?>
<li class="account-item has-icon menu-item">
<a href="<?php echo esc_url( home_url( '/mitt-konto/' ) ); ?>"
    class="nav-top-link nav-top-not-logged-in">
    <span class="header-account-title">
    Logga in  </span>
</a>

</li>
<li class="header-newsletter-item has-icon">

  <a href="#header-newsletter-signup" class="tooltip" title="Prenumerera på vårt nyhetsbrev">

    <i class="icon-envelop"></i>
    <span class="header-newsletter-title">
      Nyhetsbrev    </span>
  </a>

</li>
		</ul>
	</div>
</div>
