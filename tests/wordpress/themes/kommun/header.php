<?php
/**
 * Sidhuvud.
 *
 * @package Kommun
 */
?><!DOCTYPE html>
<html <?php language_attributes(); ?> class="no-js">
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
	<?php wp_head(); ?>
</head>
<body <?php body_class( 'kommun' ); ?>>
<?php wp_body_open(); ?>

<div class="genvagar rs_skip">
	<a href="#innehall">Till innehållet</a>
	<a href="#megameny">Till huvudmenyn</a>
	<a href="#sok">Till sökfältet</a>
</div>

<header class="sidhuvud rs_skip" role="banner">
	<div class="sidhuvud__inre">
		<ul class="sidhuvud__verktyg">
			<li>
				<button type="button" class="lyssna-knapp" data-lyssna="#innehall" aria-pressed="false">
					<svg class="ikon" aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16"><path d="M2 6h3l4-3v10L5 10H2z" fill="currentColor"/></svg>
					<span class="lyssna-knapp__text">Lyssna</span>
				</button>
			</li>
			<li><a href="<?php echo esc_url( home_url( '/lattlast/' ) ); ?>" lang="sv">Lättläst</a></li>
			<li><a href="<?php echo esc_url( home_url( '/teckensprak/' ) ); ?>">Teckenspråk</a></li>
			<li><a href="<?php echo esc_url( home_url( '/other-languages/' ) ); ?>" lang="en">Other languages</a></li>
			<?php
			if ( has_nav_menu( 'verktyg' ) ) {
				wp_nav_menu( array(
					'theme_location' => 'verktyg',
					'container'      => false,
					'items_wrap'     => '%3$s',
					'depth'          => 1,
				) );
			}
			?>
		</ul>

		<div class="sidhuvud__rad">
			<div class="sidhuvud__logga">
				<?php if ( has_custom_logo() ) : ?>
					<?php the_custom_logo(); ?>
				<?php else : ?>
					<a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home" class="sidhuvud__namn">
						<?php bloginfo( 'name' ); ?>
						<span class="visually-hidden">, till startsidan</span>
					</a>
				<?php endif; ?>
			</div>

			<div id="sok" class="sidhuvud__sok" role="search">
				<form class="sok-formular" action="<?php echo esc_url( home_url( '/' ) ); ?>" method="get">
					<label for="sidhuvud-sokfalt" class="visually-hidden">Sök på webbplatsen</label>
					<input type="search" id="sidhuvud-sokfalt" name="s" value="<?php echo esc_attr( get_search_query() ); ?>" placeholder="Vad letar du efter?" autocomplete="off">
					<button type="submit" class="sok-formular__knapp">Sök</button>
				</form>
			</div>
		</div>
	</div>

	<nav id="megameny" class="megameny" aria-label="Huvudmeny">
		<?php
		wp_nav_menu( array(
			'theme_location'  => 'huvudmeny',
			'container'       => false,
			'menu_id'         => 'megameny-lista',
			'menu_class'      => 'megameny__lista',
			'depth'           => 3,
			'walker'          => new Kommun_Megameny_Walker(),
			'fallback_cb'     => 'kommun_megameny_fallback',
		) );
		?>
	</nav>
</header>

<div class="sidbredd">
	<div class="sidlayout__brodsmulor sidhuvud__inre">
		<?php kommun_brodsmulor(); ?>
	</div>
