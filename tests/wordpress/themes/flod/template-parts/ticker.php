<?php
/**
 * "Senaste nytt" – löpsedelsrad under sidhuvudet med de fem senaste artiklarna.
 *
 * @package Flod
 */

$flod_ticker = get_posts(
	array(
		'numberposts'         => 5,
		'post_status'         => 'publish',
		'ignore_sticky_posts' => true,
		'no_found_rows'       => true,
		'suppress_filters'    => false,
	)
);

if ( empty( $flod_ticker ) ) {
	return;
}
?>
<div class="flod-ticker" role="region" aria-label="Senaste nytt">
	<div class="flod-container">
		<span class="flod-ticker__label">Senaste nytt</span>
		<ul class="flod-ticker__list">
			<?php foreach ( $flod_ticker as $flod_item ) : ?>
				<li class="flod-ticker__item">
					<time datetime="<?php echo esc_attr( get_the_date( DATE_W3C, $flod_item ) ); ?>"><?php echo esc_html( get_the_time( 'H.i', $flod_item ) ); ?></time>
					<a href="<?php echo esc_url( get_permalink( $flod_item ) ); ?>"><?php echo esc_html( get_the_title( $flod_item ) ); ?></a>
				</li>
			<?php endforeach; ?>
		</ul>
	</div>
</div>
