<div id="top-bar" class="header-top hide-for-sticky nav-dark">
    <div class="flex-row container">
      <div class="flex-col hide-for-medium flex-left">
          <ul class="nav nav-left medium-nav-center nav-small  nav-divided">
              <li class="html custom html_topbar_left"><strong class="uppercase">Fri frakt vid köp över 499 kr &ndash; leverans 1&ndash;3 vardagar</strong></li>          </ul>
      </div>

      <div class="flex-col hide-for-medium flex-center">
          <ul class="nav nav-center nav-small  nav-divided">
                        </ul>
      </div>

      <div class="flex-col hide-for-medium flex-right">
         <ul class="nav top-bar-nav nav-right nav-small  nav-divided">
              <?php if ( has_nav_menu( 'top_bar_nav' ) ) : ?>
                <?php wp_nav_menu( array( 'theme_location' => 'top_bar_nav', 'container' => false, 'items_wrap' => '%3$s', 'depth' => 1, 'fallback_cb' => false ) ); ?>
              <?php else : ?>
              <li id="menu-item-201" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-201 menu-item-design-default"><a href="<?php echo esc_url( home_url( '/kundtjanst/' ) ); ?>" class="nav-top-link">Kundtjänst</a></li>
              <li id="menu-item-202" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-202 menu-item-design-default"><a href="<?php echo esc_url( home_url( '/leverans/' ) ); ?>" class="nav-top-link">Leverans</a></li>
              <?php endif; ?>
              <li class="html header-social-icons ml-0">
				<div class="social-icons follow-icons" ><a href="https://www.facebook.com/hemmabostader" target="_blank" data-label="Facebook" rel="noopener noreferrer nofollow" class="icon plain facebook tooltip" title="Följ på Facebook" aria-label="Följ på Facebook"><i class="icon-facebook" ></i></a><a href="https://www.instagram.com/hemmabostader/" target="_blank" rel="noopener noreferrer nofollow" data-label="Instagram" class="icon plain  instagram tooltip" title="Följ på Instagram" aria-label="Följ på Instagram"><i class="icon-instagram" ></i></a><a href="https://www.linkedin.com/company/hemmabostader" target="_blank" rel="noopener noreferrer nofollow" data-label="LinkedIn" class="icon plain  linkedin tooltip" title="Följ på LinkedIn" aria-label="Följ på LinkedIn"><i class="icon-linkedin" ></i></a></div>
			  </li>
          </ul>
      </div>

      <div class="flex-col show-for-medium flex-grow">
          <ul class="nav nav-center nav-small mobile-nav  nav-divided">
              <li class="html custom html_topbar_left"><strong class="uppercase">Fri frakt vid köp över 499 kr &ndash; leverans 1&ndash;3 vardagar</strong></li>          </ul>
      </div>

    </div>
</div>
