<?php
/**
 * Elementor Pro Theme Builder: Header (elementor_library #12).
 * Byggd med flexbox-containers och Mega Menu-widgeten (n-menu).
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$bygge_blog_url = get_option( 'page_for_posts' ) ? get_permalink( (int) get_option( 'page_for_posts' ) ) : home_url( '/' );
$bygge_menu_nr  = '205';

bygge_document_open( BYGGE_TPL_HEADER, 'header', 'header', [ 'tag' => 'header' ] );

/* Toppremsa */
bygge_container_open(
	'3f0c2a1',
	[
		'boxed'    => true,
		'settings' => [
			'background_background' => 'classic',
			'content_width'         => 'boxed',
		],
	]
);
bygge_widget(
	'9b17e44',
	'icon-list',
	'icon-list.default',
	static function () {
		ob_start();
		bygge_render_icon_list(
			[
				[
					'text' => '08-123 456 78',
					'icon' => 'fas fa-phone-alt',
					'url'  => 'tel:+46812345678',
				],
				[
					'text' => 'hej@bygge.se',
					'icon' => 'far fa-envelope',
					'url'  => 'mailto:hej@bygge.se',
				],
			]
		);
		echo str_replace( 'elementor-icon-list-items"', 'elementor-icon-list-items elementor-inline-items"', ob_get_clean() ); // phpcs:ignore
	},
	[
		'prefix_classes' => [ 'elementor-icon-list--layout-inline', 'elementor-align-left', 'elementor-list-item-link-full_width' ],
		'css'            => 'icon-list',
	]
);
bygge_widget(
	'e0a4d7b',
	'social-icons',
	'social-icons.default',
	'bygge_render_social_icons',
	[ 'prefix_classes' => [ 'elementor-shape-circle', 'e-grid-align-right', 'elementor-grid-0' ] ]
);
bygge_container_close( true );

/* Huvudrad: logotyp, mega-meny, sök, knapp */
bygge_container_open(
	'a81d5c9',
	[
		'boxed'    => true,
		'settings' => [
			'background_background' => 'classic',
			'sticky'                => 'top',
			'sticky_on'             => [ 'desktop', 'tablet', 'mobile' ],
			'sticky_offset'         => 0,
			'sticky_effects_offset' => 0,
			'content_width'         => 'boxed',
		],
	]
);
bygge_widget(
	'6c2e91f',
	'theme-site-logo',
	'theme-site-logo.default',
	'bygge_render_site_logo',
	[
		'after_classes' => [ 'elementor-widget-image' ],
		'css'           => 'image',
	]
);

bygge_widget(
	'4d9a0e2',
	'n-menu',
	'mega-menu.default',
	static function () use ( $bygge_blog_url, $bygge_menu_nr ) {
		$items = [
			[
				'title'    => 'Tjänster',
				'url'      => home_url( '/tjanster/' ),
				'dropdown' => 'services',
			],
			[
				'title' => 'Case',
				'url'   => home_url( '/case/' ),
			],
			[
				'title' => 'Om oss',
				'url'   => home_url( '/om-oss/' ),
			],
			[
				'title'    => 'Bloggen',
				'url'      => $bygge_blog_url,
				'dropdown' => 'blog',
			],
			[
				'title' => 'Kontakt',
				'url'   => home_url( '/kontakt/' ),
			],
		];
		?>
		<nav class="e-n-menu" data-widget-number="<?php echo esc_attr( $bygge_menu_nr ); ?>" aria-label="Meny">
					<button class="e-n-menu-toggle" id="menu-toggle-<?php echo esc_attr( $bygge_menu_nr ); ?>" aria-haspopup="true" aria-expanded="false" aria-controls="menubar-<?php echo esc_attr( $bygge_menu_nr ); ?>" aria-label="Menyväxlare">
			<span class="e-n-menu-toggle-icon e-open">
				<i class="eicon-menu-bar"></i>			</span>
			<span class="e-n-menu-toggle-icon e-close">
				<i class="eicon-close"></i>			</span>
		</button>
					<div class="e-n-menu-wrapper" id="menubar-<?php echo esc_attr( $bygge_menu_nr ); ?>" aria-labelledby="menu-toggle-<?php echo esc_attr( $bygge_menu_nr ); ?>">
				<ul class="e-n-menu-heading">
		<?php
		foreach ( $items as $index => $item ) {
			$n          = $index + 1;
			$key        = $bygge_menu_nr . $n;
			$is_current = ( 'blog' === ( isset( $item['dropdown'] ) ? $item['dropdown'] : '' ) && is_home() );
			?>
							<li class="e-n-menu-item">
				<div id="e-n-menu-title-<?php echo esc_attr( $key ); ?>" class="e-n-menu-title<?php echo $is_current ? ' e-current' : ''; ?>">
					<a class="e-n-menu-title-container e-focus e-link" href="<?php echo esc_url( $item['url'] ); ?>"<?php echo $is_current ? ' aria-current="page"' : ''; ?>>												<span class="e-n-menu-title-text">
							<?php echo esc_html( $item['title'] ); ?>						</span>
					</a>
					<?php if ( ! empty( $item['dropdown'] ) ) : ?>
											<button id="e-n-menu-dropdown-icon-<?php echo esc_attr( $key ); ?>" class="e-n-menu-dropdown-icon e-focus" data-tab-index="<?php echo (int) $n; ?>" aria-haspopup="true" aria-expanded="false" aria-controls="e-n-menu-content-<?php echo esc_attr( $key ); ?>" >
							<span class="e-n-menu-dropdown-icon-opened">
								<i aria-hidden="true" class="fas fa-chevron-up"></i>								<span class="elementor-screen-only">Stäng <?php echo esc_html( $item['title'] ); ?></span>
							</span>
							<span class="e-n-menu-dropdown-icon-closed">
								<i aria-hidden="true" class="fas fa-chevron-down"></i>								<span class="elementor-screen-only">Öppna <?php echo esc_html( $item['title'] ); ?></span>
							</span>
						</button>
					<?php endif; ?>
				</div>
				<?php if ( ! empty( $item['dropdown'] ) ) : ?>
									<div class="e-n-menu-content">
					<?php
					if ( 'services' === $item['dropdown'] ) {
						bygge_container_open(
							'5e3b8d0',
							[
								'boxed' => true,
								'child' => true,
								'attrs' => [
									'id'                => 'e-n-menu-content-' . $key,
									'data-tab-index'    => (string) $n,
									'aria-labelledby'   => 'e-n-menu-dropdown-icon-' . $key,
								],
							]
						);
						bygge_heading_widget( 'c7a20f5', 'Det här gör vi', 'h5' );
						bygge_widget(
							'0d4f6b8',
							'icon-list',
							'icon-list.default',
							static function () {
								bygge_render_icon_list(
									[
										[
											'text' => 'Varumärke & strategi',
											'icon' => 'fas fa-chevron-right',
											'url'  => home_url( '/tjanster/varumarke/' ),
										],
										[
											'text' => 'Webb & digitalt',
											'icon' => 'fas fa-chevron-right',
											'url'  => home_url( '/tjanster/webb/' ),
										],
										[
											'text' => 'Intern kommunikation',
											'icon' => 'fas fa-chevron-right',
											'url'  => home_url( '/tjanster/intern-kommunikation/' ),
										],
										[
											'text' => 'Hyresgästdialog',
											'icon' => 'fas fa-chevron-right',
											'url'  => home_url( '/tjanster/hyresgastdialog/' ),
										],
									]
								);
							},
							[ 'prefix_classes' => [ 'elementor-icon-list--layout-traditional', 'elementor-list-item-link-full_width' ] ]
						);
						bygge_text_editor_widget( 'f2b96a1', '<p>Vi hjälper bostadsbolag, fastighetsägare och byggföretag att kommunicera med hyresgäster, medarbetare och ägare.</p>' );
						bygge_container_close( true );
					} else {
						bygge_container_open(
							'b40e7c3',
							[
								'boxed' => true,
								'child' => true,
								'attrs' => [
									'id'              => 'e-n-menu-content-' . $key,
									'data-tab-index'  => (string) $n,
									'aria-labelledby' => 'e-n-menu-dropdown-icon-' . $key,
								],
							]
						);
						bygge_heading_widget( '8a6d2f0', 'Senaste från bloggen', 'h5' );
						bygge_widget(
							'2c9e5a7',
							'posts',
							'posts.classic',
							static function () {
								$q = new WP_Query(
									[
										'post_type'           => 'post',
										'posts_per_page'      => 2,
										'ignore_sticky_posts' => true,
										'no_found_rows'       => true,
									]
								);
								bygge_render_posts_query(
									$q,
									[
										'skin'           => 'classic',
										'thumbnail_size' => 'thumbnail',
										'meta'           => [ 'date' ],
										'excerpt'        => false,
										'read_more'      => '',
										'title_tag'      => 'h4',
									]
								);
							},
							[
								'prefix_classes' => [ 'elementor-grid-2', 'elementor-grid-tablet-2', 'elementor-grid-mobile-1', 'elementor-posts--thumbnail-left' ],
								'settings'       => [
									'classic_columns'        => '2',
									'classic_columns_tablet' => '2',
									'classic_columns_mobile' => '1',
									'classic_row_gap'        => [
										'unit'  => 'px',
										'size'  => 20,
										'sizes' => [],
									],
								],
							]
						);
						bygge_widget(
							'71dd0b4',
							'button',
							'button.default',
							static function () {
								$blog = get_option( 'page_for_posts' ) ? get_permalink( (int) get_option( 'page_for_posts' ) ) : home_url( '/' );
								bygge_render_button( 'Alla inlägg', $blog );
							},
							[]
						);
						bygge_container_close( true );
					}
					?>
					</div>
				<?php endif; ?>
			</li>
			<?php
		}
		?>
						</ul>
			</div>
		</nav>
		<?php
	},
	[
		'prefix_classes' => [ 'e-full_width', 'e-n-menu-layout-horizontal', 'e-n-menu-tablet' ],
		'settings'       => [
			'menu_items'              => [
				[
					'item_title'    => 'Tjänster',
					'_id'           => '0b1c2d3',
					'item_dropdown_content' => 'yes',
				],
				[
					'item_title' => 'Case',
					'_id'        => '1c2d3e4',
				],
				[
					'item_title' => 'Om oss',
					'_id'        => '2d3e4f5',
				],
				[
					'item_title'    => 'Bloggen',
					'_id'           => '3e4f506',
					'item_dropdown_content' => 'yes',
				],
				[
					'item_title' => 'Kontakt',
					'_id'        => '4f50617',
				],
			],
			'item_position_horizontal' => 'center',
			'content_width'            => 'full_width',
			'open_on'                  => 'hover',
			'horizontal_scroll'        => 'disable',
			'breakpoint_selector'      => 'tablet',
		],
	]
);

bygge_widget(
	'd5e8f12',
	'search-form',
	'search-form.full_screen',
	static function () {
		bygge_render_search_form( 'full_screen' );
	},
	[
		'prefix_classes' => [ 'elementor-search-form--skin-full_screen' ],
		'settings'       => [ 'skin' => 'full_screen' ],
	]
);
bygge_widget(
	'0e7f3c6',
	'button',
	'button.default',
	static function () {
		bygge_render_button( 'Boka ett möte', home_url( '/kontakt/' ), 'md' );
	},
	[ 'prefix_classes' => [ 'elementor-align-right', 'elementor-hidden-mobile' ] ]
);
bygge_container_close( true );

bygge_document_close( 'header' );
