<div class="absolute-footer dark medium-text-center small-text-center">
  <div class="container clearfix">

          <div class="footer-secondary pull-right">
                  <div class="footer-text inline-block small-block">
            Säkra betalningar med Klarna, Swish och kort          </div>
                <div class="payment-icons inline-block"><div class="payment-icon"><svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><title>Klarna</title><path d="M10 8h4v16h-4zM18 8h4v16h-4z"></path></svg></div><div class="payment-icon"><svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><title>Swish</title><path d="M20 6c6 0 10 4 10 10s-4 10-10 10"></path></svg></div><div class="payment-icon"><svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><title>Visa</title><path d="M8 10h12l-4 12h-8z"></path></svg></div><div class="payment-icon"><svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><title>Mastercard</title><circle cx="26" cy="16" r="8"></circle><circle cx="38" cy="16" r="8"></circle></svg></div></div>      </div>
    
    <div class="footer-primary pull-left">
              <div class="menu-sidfot-container"><ul id="menu-sidfot" class="links footer-nav uppercase"><?php
		if ( has_nav_menu( 'footer' ) ) {
			wp_nav_menu( array( 'theme_location' => 'footer', 'container' => false, 'items_wrap' => '%3$s', 'depth' => 1, 'fallback_cb' => false ) );
		} else {
			$links = array( 'Om oss' => '/om-oss/', 'Köpvillkor' => '/kopvillkor/', 'Integritetspolicy' => '/integritetspolicy/', 'Kontakt' => '/kontakt/' );
			$n     = 401;
			foreach ( $links as $label => $path ) {
				echo '<li id="menu-item-' . (int) $n . '" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-' . (int) $n . '"><a href="' . esc_url( home_url( $path ) ) . '">' . esc_html( $label ) . '</a></li>' . "\n";
				$n++;
			}
		}
		?></ul></div>            <div class="copyright-footer">
        Copyright <?php echo esc_html( date_i18n( 'Y' ) ); ?> &copy; <strong>Hemma Bostäder AB</strong> &ndash; Bostadsbutiken      </div>
          </div>
  </div>
</div>
