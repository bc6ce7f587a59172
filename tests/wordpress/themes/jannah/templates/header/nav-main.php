<?php
/**
 * Main Navigation
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

?>

<div class="main-nav-wrapper">
	<nav id="main-nav" data-skin="search-in-main-nav" class="main-nav header-nav live-search-parent" style="line-height:60px" aria-label="Primär navigering">
		<div class="container">

			<div class="main-menu-wrapper">

				<div id="menu-components-wrap">

					<div class="main-menu main-menu-wrap tie-alignleft">
						<?php
							wp_nav_menu( array(
								'theme_location'  => 'primary',
								'container_id'    => 'main-nav-menu',
								'container_class' => 'main-menu header-menu',
								'menu_id'         => 'menu-huvudmeny',
								'items_wrap'      => '<ul id="%1$s" class="%2$s" role="menubar">%3$s</ul>',
								'fallback_cb'     => 'tie_main_menu_fallback',
							) );
						?>
					</div><!-- .main-menu.tie-alignleft /-->

					<ul class="components">
						<li class="search-compact-icon menu-item custom-menu-link">
							<a href="#" class="tie-search-trigger">
								<span class="tie-icon-search tie-search-icon" aria-hidden="true"></span>
								<span class="screen-reader-text">Sök efter</span>
							</a>
						</li>
					</ul><!-- Components -->

				</div><!-- #menu-components-wrap /-->
			</div><!-- .main-menu-wrapper /-->
		</div><!-- .container /-->
	</nav><!-- #main-nav /-->
</div><!-- .main-nav-wrapper /-->
